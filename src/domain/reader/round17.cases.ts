/**
 * The flag and stage mechanisms of the seventeenth round — classes composed rather than phrases listed — each on
 * messages written for this test (not taken from any corpus part), with a near miss beside every rule. The rules alone
 * (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const decline = 'Unfortunately we will not be taking your application further.';
const wrap = (body: string): string => `Dear Robin,\n\nThank you for applying for the Planner role. ${decline}\n\n${body}\n\nKind regards,\nTamsin\nRecruitment`;
const door = (body: string): boolean => read(wrap(body)).doorOpen;
const offered = (body: string): boolean => read(wrap(body)).feedbackOffered;
const feedback = (body: string): boolean => read(wrap(body)).feedback;
const stage = (body: string): string | null => read(`Hi Robin,\n\n${body}\n\nBest,\nTamsin`).stage;

describe('door: a wish + the candidate coming back in any tense + a later time or other roles', () => {
  it('reads the candidate applying or going for one, after a wish, when a time or other roles follow', () => {
    expect(door('We would be really pleased if you applied for one of the senior roles when they are advertised.')).toBe(true);
    expect(door('There will be more openings later in the year and I hope you will go for one.')).toBe(true);
    expect(door('We would be keen to see you apply once you have completed your qualification.')).toBe(true);
    expect(door('It would be great to see your application for one of our other roles.')).toBe(true);
  });
  it('reads a further post that becomes available as the later time', () => {
    expect(door('Should a further post in the project become available, I would very much hope that you would put yourself forward for it.')).toBe(true);
  });
  it('does not read a wish with no later time or other roles', () => {
    expect(door('We hope you applied for this role knowing how competitive it would be.')).toBe(false);
    expect(door('We were pleased you applied.')).toBe(false);
  });
});

describe('door: the sender back in touch, the first the sender will call, a list the sender keeps', () => {
  it('reads the sender back to the candidate or in contact when something similar comes', () => {
    expect(door("I'll be back to you as soon as I have something similar on my desk.")).toBe(true);
    expect(door("We'll be in contact when we have a role more suited to your background.")).toBe(true);
    expect(door("I've made a note to reach out to you directly once the roles are approved.")).toBe(true);
  });
  it('does not read being in touch about news on this process', () => {
    expect(door("We'll be in contact as soon as we have more information.")).toBe(false);
  });
  it('reads the candidate as the first the sender will call', () => {
    expect(door("If anything in your area opens up on the team, you'll be the first person I call.")).toBe(true);
  });
  it('does not read the first person in the past', () => {
    expect(door('You were the first person we interviewed for this post.')).toBe(false);
  });
  it('reads the candidate put on a list the sender keeps for hiring, not a mailing list', () => {
    expect(door('I have added you to our list for the autumn roles.')).toBe(true);
    expect(door('We have added you to our mailing list for company news.')).toBe(false);
  });
});

describe('door: an opening to come and the candidate told to apply; idioms of coming back', () => {
  it('reads an imperative to apply when the next opening comes', () => {
    expect(door("Don't be a stranger: when the next opening comes up, apply.")).toBe(true);
  });
  it('does not read a refusal to consider another application', () => {
    expect(door('If a new role opens, you will not be able to apply for twelve months.')).toBe(false);
  });
  it('reads "not the last we hear from you", "thinking of you for the next one", "kept us in mind"', () => {
    expect(door("We hope this won't be the last we hear from you.")).toBe(true);
    expect(door("I'll certainly be thinking of you for the next one.")).toBe(true);
    expect(door("I'd be delighted if you kept us in mind for the future.")).toBe(true);
  });
  it('does not read thinking of the candidate with no role to come', () => {
    expect(door("We're thinking of you and wish you all the best.")).toBe(false);
  });
});

describe('feedback offered: the judges in more words, the offer in more words', () => {
  it("reads the partners' or the chair's observations offered", () => {
    expect(offered("I would be glad to arrange a short call in which I can share the partners' thoughts on your case.")).toBe(true);
    expect(offered("Professor Whitfield has kindly offered to talk through the panel's observations in more detail.")).toBe(true);
  });
  it('reads the chance to hear our reflections, and what tipped it', () => {
    expect(offered('We make a point of offering everyone we interviewed the chance to hear our reflections.')).toBe(true);
    expect(offered("If you'd like to hear what tipped it, let me know and I'll give you a ring.")).toBe(true);
  });
  it('does not read the judges named without an offer, or a refusal', () => {
    expect(offered("The partners' thoughts were shared with the whole team.")).toBe(false);
    expect(offered("We are not able to offer you the panel's observations.")).toBe(false);
  });
  it('reads going through what the panel liked, a conversation about how the interviews were judged, more on why', () => {
    expect(offered('Please let me know if a short call to go through what the panel liked and where they hesitated would help.')).toBe(true);
    expect(offered("If a conversation about how your interviews were judged would be helpful, I'm very happy to set one up.")).toBe(true);
    expect(offered('Happy to share a bit more on why if that would help; just reply.')).toBe(true);
  });
  it('reads feedback someone has offered or agreed to give, more detail on the decision, comments on the task', () => {
    expect(offered('The hiring manager has offered to give you feedback by phone.')).toBe(true);
    expect(offered("Should you want more detail on the decision, I'm around next week.")).toBe(true);
    expect(offered("I can give you some detailed comments on your task if that's useful.")).toBe(true);
  });
  it('does not read an offer of the role to someone else, or a survey', () => {
    expect(offered('We have offered the role to another candidate and they have accepted.')).toBe(false);
    expect(offered('We would welcome your feedback on our process in a short survey.')).toBe(false);
  });
});

describe('feedback: what the work relied on, where it fell short, what it ran over', () => {
  it('reads a judge noting what the work relied on and left out', () => {
    expect(feedback('The team noted your recommendation relied on a price increase without any look at how many customers might leave.')).toBe(true);
  });
  it('does not read praise the team noted', () => {
    expect(feedback('The team noted your warmth and your great energy in the room.')).toBe(false);
  });
  it('reads where the work fell short named as a subject', () => {
    expect(feedback('Where the submission fell short was the incremental logic.')).toBe(true);
  });
  it('reads work over its time and faults counted in it, not faults of the video link', () => {
    expect(feedback('Your presentation was well structured but ran twenty minutes over.')).toBe(true);
    expect(feedback('Your writing sample had several grammatical errors.')).toBe(true);
    expect(feedback('The video link had some errors during the call, which we apologise for.')).toBe(false);
  });
  it('reads the decision set down to a named thing that was short, and the candidate\'s focus set against the role\'s', () => {
    expect(feedback("Honestly, it came down to your SQL, which wasn't at the level we need.")).toBe(true);
    expect(feedback('Your portfolio focused on print work, while this role is almost all digital.')).toBe(true);
  });
  it('reads the candidate\'s start against the role\'s, not a request to confirm it', () => {
    expect(feedback('We needed someone who could start in January and your notice period is three months.')).toBe(true);
    expect(feedback('Please confirm your notice period if you would like to be considered for future roles.')).toBe(false);
  });
  it('reads a judgement clause only up to its comma, and praise singled out as no feedback', () => {
    expect(feedback("Shortlisted candidates go on to meet the team, but we felt your experience wasn't the right match for this role, so we won't be inviting you to the next stage.")).toBe(false);
    expect(feedback('They really enjoyed both conversations with you, particularly the second one with their head of compliance.')).toBe(false);
  });
  it('reads a reviewers\' finding about a long-named part of the work', () => {
    expect(feedback('The reviewers found that the legal terminology in clauses 4 and 7 was rendered too loosely for court use.')).toBe(true);
  });
});

describe('reasons: where the others\' careers were spent, the candidate\'s experience more limited than the appointee\'s', () => {
  const reasons = (body: string): string[] => [...read(wrap(body)).reasons].sort();
  it('reads a career spent in a named domain as a skills gap', () => {
    expect(reasons("The person we've chosen has spent most of their career in cold-chain logistics, which is where the role will spend its first year.")).toEqual(['skills_gap']);
    expect(reasons('Their career has been almost entirely in B2B, and the role is mostly with enterprise accounts.')).toEqual(['skills_gap']);
  });
  it('reads the candidate\'s experience of a named thing set below the appointee\'s as a skills gap', () => {
    expect(reasons('Your experience of running an accreditation cycle as the named lead was more limited than that of the appointed candidate.')).toEqual(['skills_gap']);
  });
  it('does not read a career spent in the sender\'s own field as a named domain', () => {
    expect(reasons('Their career has been almost entirely in this kind of role, so they were the closer fit.')).not.toContain('skills_gap');
  });
});

describe('kind and location', () => {
  it('reads "we\'ll stop here" as the end of the process, and the person wanted in a place against where the candidate is settled', () => {
    const r = read("Hi Camille, thanks for the call this morning. As the role needs someone in Montreal three days a week and you're settled in Vancouver, we'll stop here for now. - Etienne");
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toEqual(['location']);
  });
  it('does not read "have you in mind" as an invitation', () => {
    const r = read("Hi Georgia,\n\nWe've offered the Head Chef role to the other candidate and they've accepted. I'd love to have you in mind when we open the second restaurant next spring.\n\nOwen");
    expect(r.kind).toBe('rejection');
  });
});

describe('stage: interviews in other words', () => {
  it('reads thanks in more words', () => {
    expect(stage("Thanks a lot for the presentation task. We won't be going further.")).toBe('assessment');
  });
  it('reads time with a named person and a team, an hour with the board, a chat with a lead', () => {
    expect(stage('Thank you for your time with Ms. Lim and the operations team last Wednesday. We have decided not to proceed.')).toBe('interview');
    expect(stage('Thank you for the hour with the board members. We have decided to appoint another candidate.')).toBe('interview');
    expect(stage('Thanks for the conversation with our engineering lead. We have decided not to move forward.')).toBe('interview');
  });
  it('does not read time with the recruitment team or a talent lead as an interview', () => {
    expect(stage('Thanks for your time with Ms. Lim and the recruitment team. We have decided not to proceed.')).not.toBe('interview');
    expect(stage('Thanks for the conversation with our talent lead. We have decided not to move forward.')).not.toBe('interview');
  });
  it('reads a talk of any kind with a working group, sitting down with us, a visit, a trip to meet us', () => {
    expect(stage('Thanks for the virtual coffee with the team. We have decided not to proceed.')).toBe('interview');
    expect(stage("Thanks so much for sitting down with us on Friday. We've decided to go another way.")).toBe('interview');
    expect(stage('It was a pleasure speaking with you during your visit to our offices. We will not be moving forward.')).toBe('interview');
    expect(stage('Thank you for making the trip to Leeds to meet us. We have decided not to offer you the role.')).toBe('interview');
  });
  it('reads several people on our side finishing meeting the rest', () => {
    expect(stage("It was lovely speaking with you on Thursday, and thank you for your patience while Joseph and I finished meeting the rest of the people on our list. We've gone with someone else.")).toBe('interview');
  });
  it('reads a quick video chat with the sender alone as a screen', () => {
    expect(stage("Thanks for the quick video chat with me last Wednesday. We won't be taking your application further.")).toBe('screen');
    expect(stage("Thanks for the video call with Anna and me last Wednesday. We won't be taking your application further.")).toBe('interview');
  });
  it('reads a list of names that ends in a preposition as no interview', () => {
    expect(stage('Thank you for your interest in a career with Halden Group and for taking the time to submit your application. It has not been successful.')).toBe('application');
  });
});

describe('stage: tests and final rounds in other words; the process described', () => {
  it('reads work got back, a submission for a named test, a skills check', () => {
    expect(stage("Thanks for getting the data task back to us. We won't be inviting you through.")).toBe('assessment');
    expect(stage("Thank you for your submission for the design challenge. We won't be moving forward.")).toBe('assessment');
    expect(stage('Thanks for completing the skills check. Sadly your score was below what we need.')).toBe('assessment');
  });
  it('does not read a test still to be sent as one done', () => {
    expect(stage('We would have sent you the data task next, but we will not be moving forward.')).toBe('application');
  });
  it('reads the final conversation, the final pair, one of two brought back, the end of the process', () => {
    expect(stage('Thanks for coming through to the final conversation with our chief product officer. We have chosen someone else.')).toBe('final');
    expect(stage("You were in the final pair, and I'm sorry to say the board chose the other candidate.")).toBe('final');
    expect(stage('You were one of two candidates we brought back. Unfortunately we went with the other person.')).toBe('final');
    expect(stage('You made it to the very end of our process. We have chosen the other candidate.')).toBe('final');
  });
  it('does not read a final call with the recruiter or the final year of a degree as a final round', () => {
    expect(stage('We wish you all the best with the final year of your degree. We will not be taking your application forward.')).toBe('application');
  });
  it('reads steps for candidates taken forward, or for those shortlisted, as a description of the process', () => {
    expect(stage('Candidates who are taken forward are asked to complete an aptitude test before meeting the hiring manager. We regret that your application was not taken forward.')).toBe('application');
    expect(stage('This role required a take-home exercise and a panel interview for those shortlisted, but we will not be progressing yours.')).toBe('application');
  });
  it('does not read the candidate\'s own completed test as a description', () => {
    expect(stage('Thank you for completing the aptitude test. We regret that your application was not taken forward.')).toBe('assessment');
  });
});

describe('door after a contrast, and more words for coming back', () => {
  it('reads a door after "while" or "that said" though the sentence also declines', () => {
    expect(door("While we won't be considering your application further, we'd love you to apply again for future roles.")).toBe(true);
    expect(door("We won't be moving forward now; that said, we'd be happy to consider you again for the graduate scheme next year.")).toBe(true);
  });
  it('still blocks a door refused after "while"', () => {
    expect(door("While we appreciate your interest, we will not keep your details for future roles.")).toBe(false);
  });
  it('reads keep applying, welcome you back for the next round, the openings we will be posting', () => {
    expect(door('We are not able to progress your application this time, but please do keep applying for roles that interest you.')).toBe(true);
    expect(door("This isn't a no forever: we would genuinely welcome you back in the next hiring round.")).toBe(true);
    expect(door("Unfortunately we cannot offer you the post, but we'd strongly encourage you to look at the openings we'll be posting in March.")).toBe(true);
  });
  it('does not read applying kept up in the past', () => {
    expect(door('Thank you for applying for this role.')).toBe(false);
  });
});

describe('feedback offered: a refusal in another clause', () => {
  it('reads an offer to talk the candidate through where the panel saw strengths, after a decline', () => {
    expect(offered("We've decided not to proceed; if it would help, I can talk you through where the panel felt you were strongest and where you could develop.")).toBe(true);
  });
  it('does not read the same offer refused in its own clause', () => {
    expect(offered("I'm afraid I can't talk you through how the panel scored the interviews.")).toBe(false);
  });
});

describe('feedback: a judge noticing a shortcoming, the judges\' concern', () => {
  it('reads a shortcoming noun, a thing the candidate did not do, answers that were not up to it', () => {
    expect(feedback('The team noted your reluctance to travel, which the role requires monthly.')).toBe(true);
    expect(feedback('One thing the panel picked up on was that you did not ask about the users.')).toBe(true);
    expect(feedback('The interviewers noted your answers on capacity planning were not specific enough.')).toBe(true);
    expect(feedback('The interviewers felt your answer to the prioritisation question was vague.')).toBe(true);
  });
  it('reads the judges\' concern named as the candidate\'s', () => {
    expect(feedback("The panel's main concern was your lack of experience managing budgets.")).toBe(true);
  });
  it('does not read praise noticed, or a concern about the process', () => {
    expect(feedback('The team noted your enthusiasm and your excellent preparation.')).toBe(false);
    expect(feedback('Our main concern was that the role may change shape next year.')).toBe(false);
  });
});

describe('reasons: a role closed later', () => {
  it('does not read details kept until the role is closed as a closed role', () => {
    expect([...read(wrap('We will not keep your details once this role is closed.')).reasons]).toEqual(['generic']);
    expect([...read(wrap('I am sorry to say the role has been closed.')).reasons]).toEqual(['role_closed']);
  });
});

describe('stage: the process at its last stage', () => {
  it('does not read the process reaching its final stage as the candidate\'s final round', () => {
    expect(stage('We have reached the final stage of our recruitment process and, unfortunately, your application has not been progressed.')).toBe('application');
    expect(stage('Thank you for taking part in the final stage of our process. We have chosen another candidate.')).toBe('final');
  });
});

describe('door: other Englishes and the passive', () => {
  it('reads reverting to the candidate, the candidature kept, the careers page kept visiting', () => {
    expect(door('We shall revert to you in case of any suitable requirement in future.')).toBe(true);
    expect(door('Your candidature will be kept in our database for future requirements.')).toBe(true);
    expect(door('Kindly keep visiting our careers page for new openings.')).toBe(true);
  });
  it('reads an application looked forward to, the name put forward for the next opening, the candidate considered later', () => {
    expect(door('We look forward to receiving your application for future roles.')).toBe(true);
    expect(door("I'd be glad to put your name forward for the next opening.")).toBe(true);
    expect(door('Your profile will be considered for other suitable openings.')).toBe(true);
    expect(door('We will happily consider any future application you make.')).toBe(true);
  });
  it('does not read reverting about this decision, or a later application refused', () => {
    expect(door('We will not revert to you regarding this decision.')).toBe(false);
    expect(door('We are unable to consider any future application from you.')).toBe(false);
    expect(door('We look forward to receiving your signed consent form.')).toBe(false);
  });
});

describe('stage: time given to a group, trial and mock work', () => {
  it('reads time with named people and a group, time on site with a team, the time given to a group', () => {
    expect(stage('Thanks for your time yesterday with Lisa, Tom and the wider group. We will not be moving forward.')).toBe('interview');
    expect(stage('Thank you for your time on site with the maintenance team. Unfortunately we will not be offering you the role.')).toBe('interview');
    expect(stage('Thanks for the time you gave the team on Tuesday for the design review. We are not moving forward.')).toBe('interview');
    expect(stage('Thank you for the second-round day at our studio. We have decided to offer the role to someone else.')).toBe('interview');
  });
  it('does not read time with the recruitment team as an interview', () => {
    expect(stage('Thanks for the time you gave the recruitment team on Tuesday. We are not moving forward.')).not.toBe('interview');
  });
  it('reads a trial translation and a mock email as tests', () => {
    expect(stage('Thank you for the trial translation. Unfortunately it did not meet our quality threshold.')).toBe('assessment');
    expect(stage('Thank you for the mock client email you wrote. We have decided not to take you forward.')).toBe('assessment');
  });
  it('does not read a trial period mentioned in passing as a test', () => {
    expect(stage('The role has a six-month trial period. Unfortunately we will not be taking your application forward.')).toBe('application');
  });
});

describe('feedback: the judges\' view as a clause, the candidate in a critical word', () => {
  it('reads a view given as a clause with a shortcoming in it', () => {
    expect(feedback('Their main feedback was that you were a bit light on people management.')).toBe(true);
    expect(feedback("The hiring manager's view was that you'd need too much support in the first six months.")).toBe(true);
  });
  it('does not read a view given as praise', () => {
    expect(feedback('Their feedback was that you were a lovely person to talk to.')).toBe(false);
  });
  it('reads the candidate in a critical word and what the client said', () => {
    expect(feedback('Apparently you were a little quiet in the group exercise.')).toBe(true);
    expect(feedback("They said you didn't seem to know much about their products.")).toBe(true);
  });
  it('does not read nerves called natural', () => {
    expect(feedback('You seemed a little nervous at first, which is completely natural.')).toBe(false);
  });
  it('reads an offer to run through their comments on a call', () => {
    expect(offered("Give me a call when you're free and I'll run through their comments.")).toBe(true);
    expect(offered("Give me a call when you're free and we'll talk about your next steps.")).toBe(false);
  });
});

describe('stage: the recruiter and the talent team are a screen', () => {
  it('reads a video conversation with the recruiter, a call with the talent team, a plain discussion with the manager as a screen', () => {
    expect(stage('Thanks for the call with Priya from our talent team. We will not be moving forward.')).toBe('screen');
    expect(stage('Thank you for the initial video conversation with our recruiter. We will not be moving forward.')).toBe('screen');
    expect(stage('It was great chatting on Monday. After discussing with the hiring manager, we have decided not to move forward.')).toBe('screen');
  });
  it('still reads a video conversation with the product team, and a call with the engineering team, as an interview', () => {
    expect(stage('Thank you for the video conversation with our product team. We will not be moving forward.')).toBe('interview');
    expect(stage('Thanks for the call with Priya from our engineering team. We will not be moving forward.')).toBe('interview');
  });
});
