/**
 * Feedback offered and doors left open, in people's words and in the middle of long letters, and the rules written for
 * them: messages written for this test (not taken from any corpus part), each beside a message in nearby words that must
 * still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string) => readMessage({ text }, null);
const wrap = (body: string): string => `Dear Mirela,\n\n${body}\n\nBest wishes,\nAnouk Verhoeven\nHiring Manager`;
const NO = 'Thank you for interviewing for the Logistics Analyst role. We have decided to offer the post to another candidate.';

describe('feedback offered in people’s words', () => {
  it('reads "I’d really like to talk you through the interviewers’ thoughts if you’d find it useful" as an offer', () => {
    const r = read(wrap(`${NO} I'd really like to talk you through the interviewers' thoughts if you'd find it useful. Just suggest a day.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read an offer from "we can’t talk you through the interviewers’ thoughts"', () => {
    const r = read(wrap(`${NO} I'm afraid we can't talk you through the interviewers' thoughts, as the notes are confidential.`));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if you’d like to hear how the panel looked at things, let me know" as an offer', () => {
    const r = read(wrap(`${NO} If you'd like to hear a little more about how the panel looked at things, let me know and I'll set up a short call.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if you’d like to hear what the team said, I’d be glad to arrange a call" as an offer', () => {
    const r = read(wrap(`${NO} If you'd like to hear what the team said, I'd be glad to arrange a call with the two of us.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "we will send it with the examiners’ comments" as an offer', () => {
    const r = read(wrap('Thank you for sitting the written paper for the Court Interpreter post. Your paper did not reach the pass threshold, so we will not invite you to the oral stage. If you would like your marked paper, please let us know and we will send it with the examiners\' comments.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "a breakdown of your scores is available on request … if you would like to receive it" as an offer', () => {
    const r = read(wrap('Thank you for completing the numerical reasoning test for the Graduate Actuary scheme. We will not be progressing your application. A breakdown of your scores is available on request; reply within two weeks if you would like to receive it.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read an offer from "we are unable to provide a breakdown of your scores"', () => {
    const r = read(wrap('Thank you for completing the numerical reasoning test for the Graduate Actuary scheme. We will not be progressing your application. Owing to volumes, we are unable to provide a breakdown of your scores.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if you’d like to talk about it, I’m around next week" as an offer', () => {
    const r = read(wrap(`${NO} The deciding factor was warehouse systems experience, which the other finalist had more of. If you'd like to talk about it, I'm around next week.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if you would find it helpful to talk any of this through, I can book a call" as an offer', () => {
    const r = read(wrap(`${NO} If you would find it helpful to talk any of this through, I can book a half-hour call.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read an offer from "if you’d like to discuss this with our payroll team"', () => {
    const r = read(wrap(`${NO} Your travel expenses will be refunded this month. If you'd like to discuss this further with our payroll team, their number is on the claim form.`));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "you’re very welcome to ask me for more detail" as an offer', () => {
    const r = read(wrap(`${NO} You're very welcome to ask me for more detail; I'm in the office all week.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read an offer from "feel free to ask for more details about the benefits"', () => {
    const r = read(wrap('We are delighted to offer you the Logistics Analyst role, starting on 3 March. Feel free to ask for more details about the benefits package before you sign.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('does not read an offer from tips before an interview ("feel free to have notes in front of you")', () => {
    const r = read('Hi Mirela,\n\nLooking forward to your video interview on Thursday at 10:00. A couple of tips: check your headset beforehand, and feel free to have notes in front of you.\n\nSam');
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('doors left open in people’s words', () => {
  it('reads "I’ll keep your details on our system and contact you regarding other suitable roles" as a door', () => {
    const r = read(wrap('Thank you for your call about the Site Engineer vacancy with our client in Leeds. Having shared your CV with them, they have decided not to take your application forward. I will of course keep your details on our system and contact you regarding other suitable roles as they come in.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "we will contact you regarding your travel expenses"', () => {
    const r = read(wrap(`${NO} We will contact you regarding the travel expenses you claimed for the day.`));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we shall keep your profile with us for senior openings that may arise" as a door', () => {
    const r = read(wrap('Thank you for meeting the panel. With your experience, we feel the assistant manager role would not be a challenge for you, so we will not be offering it. We shall keep your profile with us for senior openings that may arise.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "if a programme manager post comes up I’ll be in touch first" as a door', () => {
    const r = read(wrap('Lovely to meet you on Monday. We are not going to offer you the coordinator role, as it is mostly admin and you would outgrow it quickly. If a programme manager post comes up I\'ll be in touch first.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "if the second headcount is released next year I’ll contact you" as a door', () => {
    const r = read(wrap('The budget for the second Analyst seat was frozen in the spending review, so we are closing the search and will not take your application further. If the second headcount is released next year I\'ll contact you before we advertise.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "if the post is filled, we will let you know" while the process goes on', () => {
    const r = read(wrap('Thank you for your application for the Logistics Analyst post. We are still reviewing applications and if the post is filled before we reach yours, we will let you know.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "I’ll keep you front of mind for other contracts" as a door', () => {
    const r = read(wrap('The client has come back: your day rate is above what they have budgeted, so they will not be taking you forward. I\'ll keep you front of mind for other contracts coming through.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "otherwise I’ll keep an eye out for you" as a door', () => {
    const r = read(wrap(`${NO} I'm sorry it isn't better news. I'll keep an eye out for you.`));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "keep an eye out for your confirmation email"', () => {
    const r = read(wrap(`${NO} Your expenses have been approved, so keep an eye out for your confirmation email.`));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we’d genuinely like to work with you at some point" as a door', () => {
    const r = read(wrap(`${NO} Please stay in touch; we'd genuinely like to work with you at some point.`));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "it would have been great to work with you"', () => {
    const r = read(wrap(`${NO} It would have been great to work with you, and I'm sorry it didn't work out.`));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "if either of those changes down the track, please get in touch, I’d happily talk again" as a door', () => {
    const r = read(wrap('The role is office-based in Perth and your salary expectation is above our range, so we won\'t be taking things further. If either of those changes for you down the track, please get in touch; I\'d happily talk again.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "if your details change, please let us know"', () => {
    const r = read(wrap(`${NO} If your contact details change, please let us know so we can return your documents.`));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we would welcome a new attempt from you in the next round" as a door', () => {
    const r = read(wrap('Your translation test did not reach the threshold, so we will not invite you to interview. We run the test twice a year and would welcome a new attempt from you in the next round.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "we’ll be hiring more nurses as we grow, so keep an eye on us" as a door', () => {
    const r = read(wrap('The role needs registration in two provinces, so we won\'t be taking your application further. We\'ll definitely be hiring more nurses as we grow, so keep an eye on us.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "follow us for news of the product launch"', () => {
    const r = read(wrap(`${NO} In the meantime, follow us for news of the product launch.`));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "none of this is a reason not to apply again" as a door', () => {
    const r = read(wrap(`${NO} None of this is a reason not to apply again; you came very close.`));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "we would be glad to reach out to you then" as a door', () => {
    const r = read(wrap(`${NO} We expect to hire for senior roles next year; we would be glad to reach out to you then.`));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I would very much like to see your application then" as a door', () => {
    const r = read(wrap(`${NO} We will advertise a second post when the new unit opens in the autumn. I would very much like to see your application then.`));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I’d like to stay in touch" beside "we expect to open another analyst position in the spring" as a door', () => {
    const r = read(wrap(`${NO} I'd really like to stay in touch. Our team is growing and we expect to open another analyst position in the spring.`));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "stay in touch" beside a sentence naming no opening', () => {
    const r = read(wrap(`${NO} I'd really like to stay in touch. Our team is moving to a new office in the spring.`));
    expect(r.doorOpen).toBe(false);
  });
});

describe('closed doors and pauses stay shut', () => {
  it('does not read a door from "we are unable to accept a new application from you within 12 months"', () => {
    const r = read(wrap('Thank you for applying to the Graduate Developer scheme. Your application has not been selected. Please note that we are unable to accept a new application from you for this scheme within the next 12 months.'));
    expect(r.doorOpen).toBe(false);
  });

  it('does not read a door from "you will not be able to reapply for this requisition"', () => {
    const r = read(wrap('This position requires a current critical care certificate, which your application does not show, so we cannot move forward. Please note you will not be able to reapply for this requisition.'));
    expect(r.doorOpen).toBe(false);
  });

  it('does not read a door from a pause that says "you don’t need to re-apply"', () => {
    const r = read(wrap('We have temporarily paused the Pharmacy Manager posting while we reorganise the department. No decisions have been made. We will email you when it reopens. You don\'t need to re-apply.'));
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(false);
  });

  it('does not read a door from "the review of applications for this posting will be delayed"', () => {
    const r = read(wrap('We regret to advise that the review of applications for this posting will be delayed until the new budget year. Your application remains under consideration.'));
    expect(r.doorOpen).toBe(false);
  });

  it('does not read a door from "I’ll be in touch as soon as I know more, and I understand if you keep interviewing"', () => {
    const r = read(wrap('The company has announced a hiring freeze, so we cannot make offers until it lifts; you are still very much in the running. I\'ll be in touch as soon as I know more, and I completely understand if you keep interviewing elsewhere.'));
    expect(r.kind).toBe('on_hold');
    expect(r.doorOpen).toBe(false);
  });
});

describe('specific feedback in people’s words', () => {
  const TEST = 'Thank you for completing the written exercise for the Policy Officer post. We will not be taking your application to interview.';

  it('reads "the sample had a couple of factual slips" as specific feedback', () => {
    const r = read(wrap(`${TEST} The editors liked your tone, but the sample had a couple of factual slips in the housing figures.`));
    expect(r.feedback).toBe(true);
  });

  it('reads "most of the statistics questions (means, variance and sampling) were left incomplete" as specific feedback', () => {
    const r = read(wrap(`${TEST} Most of the statistics questions (means, variance and sampling) were left incomplete.`));
    expect(r.feedback).toBe(true);
  });

  it('reads "the drafting section was below the pass mark" as specific feedback', () => {
    const r = read(wrap(`${TEST} Your summary scored well, but the drafting section was below the pass mark.`));
    expect(r.feedback).toBe(true);
  });

  it('does not read specific feedback from "your overall score was below the pass mark", which names no part', () => {
    const r = read(wrap(`${TEST} Your overall score was below the pass mark.`));
    expect(r.feedback).toBe(false);
  });

  it('reads "the prototype had no offline mode" as specific feedback', () => {
    const r = read(wrap('Thank you for the mobile take-home for the App Developer role. We will not be moving forward: the prototype had no offline mode, which the brief asked for.'));
    expect(r.feedback).toBe(true);
  });

  it('does not read specific feedback from "the submission had no issues uploading"', () => {
    const r = read(wrap('Thank you for the mobile take-home for the App Developer role. The submission had no issues uploading, but we have decided to move forward with other candidates.'));
    expect(r.feedback).toBe(false);
  });

  it('reads "there wasn’t a timeline or any costings" as specific feedback', () => {
    const r = read(wrap(`${TEST} The ideas were lively, but there wasn't a timeline or any costings.`));
    expect(r.feedback).toBe(true);
  });

  it('reads "the proposal went straight to the solution without any evidence" as specific feedback', () => {
    const r = read(wrap(`${TEST} The proposal went straight to the solution without any evidence of the problem.`));
    expect(r.feedback).toBe(true);
  });

  it('reads "it leaned on a single survey" as specific feedback', () => {
    const r = read(wrap(`${TEST} The recommendation was clear, but it leaned on a single survey from 2019.`));
    expect(r.feedback).toBe(true);
  });

  it('reads "the queries used a subquery where they needed a window function" as specific feedback', () => {
    const r = read(wrap('Thank you for the SQL test for the Data Analyst role. We will not be progressing your application: the ranking queries used a subquery where they needed a window function.'));
    expect(r.feedback).toBe(true);
  });

  it('reads "you told us you had never run a payroll on your own" as specific feedback', () => {
    const r = read(wrap('Thanks for the call about the Payroll Officer post. We need someone who can run the monthly payroll alone from the first week, and you told us you had never run a payroll on your own, so we will not be taking things further.'));
    expect(r.feedback).toBe(true);
  });

  it('reads "you’re a little light on the supplier side" as specific feedback', () => {
    const r = read(wrap('Thanks for the phone chat. I think you\'re a little light on the supplier side for this one, so I won\'t be putting you forward.'));
    expect(r.feedback).toBe(true);
  });

  it('does not read specific feedback from "we’re a bit short on time this week"', () => {
    const r = read(wrap('Thanks for applying. We\'re a bit short on time this week, so a quick note: we won\'t be taking your application further.'));
    expect(r.feedback).toBe(false);
  });

  it('reads "the panel’s main hesitation was around delegation" as specific feedback', () => {
    const r = read(wrap('Thank you for the interviews on Tuesday. We will not be offering you the role. The panel\'s main hesitation was around delegation: your examples were all ones you had delivered yourself.'));
    expect(r.feedback).toBe(true);
  });

  it('reads "you mentioned wanting to work fully on your own, whereas this team co-writes" as specific feedback', () => {
    const r = read(wrap('Thank you for the call with our recruiter. In it you mentioned wanting to work fully on your own, whereas this team co-writes almost everything, so we will not be progressing your application.'));
    expect(r.feedback).toBe(true);
  });

  it('does not read specific feedback from "you mentioned you were keen on the role, but the role has now been filled"', () => {
    const r = read(wrap('Thank you for the call with our recruiter. You mentioned you were keen on the role, but the role has now been filled by another candidate.'));
    expect(r.feedback).toBe(false);
  });

  it('reads "your application shows neither" as specific feedback', () => {
    const r = read(wrap('Thanks for applying for the Support Worker role. All our roles need a first aid certificate and a full driving licence, and your application shows neither, so we cannot progress it.'));
    expect(r.feedback).toBe(true);
  });

  it('reads "it did not show a completed nursing degree" as specific feedback', () => {
    const r = read(wrap('Thank you for your application for the Clinical Educator post. Your application showed strong ward experience. However, it did not show a completed nursing degree, so it has not been shortlisted.'));
    expect(r.feedback).toBe(true);
  });

  it('reads "experience with the rostering software, which you did not have" as specific feedback', () => {
    const r = read(wrap('Thank you for the interview for the Rota Coordinator role. We have offered the post to another candidate. We were looking for experience with our rostering software, which you did not have.'));
    expect(r.feedback).toBe(true);
  });

  it('does not read specific feedback from "the panel\'s notes, which you did not have access to"', () => {
    const r = read(wrap('Thank you for the interview for the Rota Coordinator role. We have offered the post to another candidate. You asked about the panel\'s notes, which you did not have access to; they are kept for our records only.'));
    expect(r.feedback).toBe(false);
  });

  it('reads "candidates with a retail background rather than a hospitality one" as specific feedback', () => {
    const r = read(wrap('I put your profile to the client for the Store Operations role, and they have decided not to take you forward, as they want someone from a retail background rather than a hospitality one.'));
    expect(r.feedback).toBe(true);
  });
});

describe('more offers and doors in everyday words', () => {
  it('reads "if you would find feedback useful, the head of department would be happy to speak with you" as an offer', () => {
    const r = read(wrap(`${NO} If you would find feedback useful, the head of department would be happy to speak with you.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "the partner has offered to speak with you about her feedback" as an offer', () => {
    const r = read(wrap(`${NO} Ms Okafor has offered to speak with you directly about her feedback; let me know and I will set it up.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "I’d be very happy to talk through the rest of our notes" as an offer', () => {
    const r = read(wrap(`${NO} I'd be very happy to talk through the rest of our notes on a call if that would help.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "more than happy to give you a few pointers from our chat" as an offer', () => {
    const r = read(wrap(`${NO} If it's useful, I'm more than happy to give you a few pointers from our chat.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read an offer from "let me know if you’d like to talk it through before you decide" on an offer', () => {
    const r = read(wrap('Thanks for coming back on the offer for the Logistics Analyst role. We can raise the relocation allowance, and the revised letter is attached. Let me know if you\'d like to talk it through before you decide.'));
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if our bands change next year I’ll be in touch" as a door', () => {
    const r = read(wrap('The most we can offer for this level is well below the base you need, so we won\'t be making you an offer. If our bands change next year I\'ll be in touch.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "contact you about future planning and allocation roles" as a door', () => {
    const r = read(wrap('We will not be inviting you to interview. I\'d very much like to contact you about future planning and allocation roles, which we expect later this year.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I’ve got a couple of group-level briefs coming in next month" as a door', () => {
    const r = read(wrap('The client can\'t get near your salary, so I won\'t put you forward for this one. I\'ve got a couple of group-level briefs coming in next month that should sit nearer your number.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "we’ve got two new starters coming in next month"', () => {
    const r = read(wrap('The kitchen is fully staffed for the summer, so we won\'t be taking your application further. We\'ve got two new cooks coming in next month.'));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "once you’ve got the licence sorted, give me a ring" as a door', () => {
    const r = read(wrap('For this intake we need operators who already hold a heavy vehicle licence, so we won\'t be taking your application further this round. Once you\'ve got the licence sorted, give me a ring.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "once you’ve received the documents, let us know"', () => {
    const r = read(wrap(`${NO} Once you've received the returned documents, let us know.`));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "if the funding is restored in the autumn round, I will contact you before we advertise" as a door', () => {
    const r = read(wrap('Our funder will not renew the grant for this post, so the trustees have stopped recruiting for it. If the funding is restored in the autumn round, I will contact you before we advertise.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "you may wish to look at our graduate nurse vacancies" as a door', () => {
    const r = read(wrap('Current registration is essential for this post, so your application could not be shortlisted. If you are awaiting your registration, you may wish to look at our graduate nurse vacancies, which are advertised separately.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "please look again at our vacancies when you have reached B2" as a door', () => {
    const r = read(wrap('This role needs Dutch at B2 level, so we will not continue with your application. When you have reached B2, please look again at our vacancies.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "please have another go next year" as a door', () => {
    const r = read(wrap('Your practical test did not meet the standard, so we will not be offering you an apprenticeship this time. Please have another go next year.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "you may retake the assessment after 30 days" as a door', () => {
    const r = read(wrap('Your English assessment score was below the minimum for this account, so we cannot endorse you for the next step. You may retake the assessment after 30 days.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "you are not eligible to retake the assessment"', () => {
    const r = read(wrap('Your English assessment score was below the minimum for this account, so we cannot endorse you for the next step. Please note you are not eligible to retake the assessment for this campaign.'));
    expect(r.doorOpen).toBe(false);
  });
});

describe('recruiters’ and managers’ doors, and offers to explain the marking', () => {
  it('reads "we’d love to see your name come through for one of those" as a door', () => {
    const r = read(wrap(`${NO} If a front office manager post opens at any of our hotels, we'd love to see your name come through for it.`));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "your background will remain in our database" as a door', () => {
    const r = read(wrap('The post will be covered by a current employee under our internal mobility policy, so the external process is closed. Your background will remain in our database, and we will consider it for future projects.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "if we hire for marketing again after the pivot, I’ll get in touch" as a door', () => {
    const r = read(wrap('We have decided to pivot, so the Growth Lead role no longer exists and I am closing it. If we hire for marketing again in the autumn, I\'ll get in touch with you first.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "when hiring reopens, I’d like to reach out to you first" as a door', () => {
    const r = read(wrap('Our board has frozen all engineering hiring until the end of Q2, so we are closing this role and will not be taking your application further. When hiring reopens, I\'d like to reach out to you first.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I’ll send anything suitable your way as soon as it lands" as a door', () => {
    const r = read(wrap('The client needs someone in the office four days a week, so they have passed on your CV. I see plenty of remote roles though, and I\'ll send anything suitable your way as soon as it lands.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "I’ll send your expenses form your way"', () => {
    const r = read(wrap(`${NO} I'll send the expenses form your way this afternoon.`));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "I’ll keep you on my list for anything at the higher end" as a door', () => {
    const r = read(wrap('The client will not be putting you through to interview, as your minimum is above the budget. I\'ll keep you on my list for anything at the higher end.'));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "we will not keep you on our mailing list"', () => {
    const r = read(wrap(`${NO} As you asked, we will not keep you on our mailing list.`));
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we would be glad to have you sit it again next time" of a test as a door', () => {
    const r = read(wrap('Thank you for taking the sub-editing test. Too many of the planted errors were left in, so we will not be inviting you to interview. We run this test for every vacancy and would be glad to have you sit it again next time.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "the faculty will be advertising several posts next year and would welcome an application from you" as a door', () => {
    const r = read(wrap('The committee has recommended a current staff member for the post. The Faculty will be advertising several posts in the next academic year, and the committee would welcome an application from you.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "get that certificate done and call me" as a door', () => {
    const r = read(wrap('You don\'t have your gas safety certificate yet, and I can\'t send anyone out without it, so I\'m going to pass for now. Get that certificate done and call me.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "happy to jump on another quick call and go through what they told me" as an offer', () => {
    const r = read(wrap('The client has decided not to move you to the technical interview. If it\'d help, I\'m happy to jump on another quick call and go through what they told me.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if you would like a short summary of how your submission was marked, write to us" as an offer', () => {
    const r = read(wrap('Your written exercise did not score highly enough to be invited to interview. If you would like a short summary of how your submission was marked, please write to us within two weeks and we will share it.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if you’d like to hear his thoughts in more detail, I can set up a short call" as an offer', () => {
    const r = read(wrap('We have decided to go with another candidate. Daniel enjoyed speaking with you, and if you\'d like to hear his thoughts in more detail, I can set up a short call.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if you would like to go through the marked script, you are welcome to come in" as an offer', () => {
    const r = read(wrap('Your script will not be going forward. If you would like to go through the marked script, you are welcome to come to the newsroom any weekday.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if you’d like a bit more context on this decision, I’m happy to set up a call" as an offer', () => {
    const r = read(wrap(`${NO} If you'd like a bit more context on this decision, I'm happy to set up a 10-minute call.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "the editor would gladly explain the considerations to you" as an offer', () => {
    const r = read(wrap(`${NO} Our editor would gladly explain the considerations to you in more detail; just send me a message.`));
    expect(r.feedbackOffered).toBe(true);
  });

  it('reads "if you would like to talk the marking through, let me know" as an offer', () => {
    const r = read(wrap('Your overall score was below the threshold to progress to interview. If you would like to talk the marking through, please let me know and I will arrange a call.'));
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read an offer from "we are unable to talk the marking through with candidates"', () => {
    const r = read(wrap('Your overall score was below the threshold to progress to interview. We are unable to talk the marking through with individual candidates.'));
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('the recruiter back the moment a role arrives', () => {
  it('reads "I’ll be in touch as soon as one of those comes across my desk" as a door', () => {
    const r = read(wrap('The hiring manager feels you would be under-used in a coordinator role, so she has decided not to take your application further. It bodes well for the manager-level roles we talked about, and I\'ll be in touch as soon as one of those comes across my desk.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "I’ll come back to you when something suitable lands" as a door', () => {
    const r = read(wrap('The client is capped well below your range, so I won\'t be putting your profile forward. I\'ll come back to you when something suitable lands.'));
    expect(r.doorOpen).toBe(true);
  });

  it('reads "we’d genuinely love to see your name come through" after an opening as a door', () => {
    const r = read(wrap(`${NO} If a team leader position opens at any of our depots, we'd genuinely love to see your name come through.`));
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a door from "if you’d like to talk through this or anything else, I’ll give you a ring"', () => {
    const r = read(wrap(`${NO} If you'd like to talk through this or anything else from our call, just let me know and I'll give you a ring.`));
    expect(r.doorOpen).toBe(false);
  });

  it('does not read a door from "I’ll let you know as soon as the refund comes through"', () => {
    const r = read(wrap(`${NO} I'll let you know as soon as your travel refund comes through.`));
    expect(r.doorOpen).toBe(false);
  });
});
