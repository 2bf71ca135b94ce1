/**
 * European employers writing in English as a second language: declines told as a choice of another student, a decision "the
 * other way", a candidacy "not continued", paused processes, doors in the region's forms (consent to keep a CV for future
 * selections, the next edition of a programme, "this does not prevent you from applying"), and offers of feedback "if you
 * wish": messages written for this test (not taken from any corpus part), each beside a message in nearby words that must
 * still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);

describe('declines in second-language English', () => {
  it('reads another student chosen for a thesis topic as a rejection, with the closer match as the reason', () => {
    const r = read('Dear Jonas,\n\nthank you for your interest in the bachelor thesis "Battery Ageing Models" in our team.\n\nWe have decided to choose another student whose study focus fits the topic better. We wish you all the best for your studies!\n\nBest regards,\nKatrin Vogel\nBatterietechnik Süd GmbH', 'Bachelor thesis Battery Ageing');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('profile_mismatch');
  });

  it('does not read a choice still to be made between students as a rejection', () => {
    const r = read('Dear Jonas,\n\nthank you for your interest in the bachelor thesis "Battery Ageing Models" in our team.\n\nWe will decide in March which student gets the topic and will write to you then.\n\nBest regards,\nKatrin Vogel\nBatterietechnik Süd GmbH', 'Bachelor thesis Battery Ageing');
    expect(r.kind).toBe('other');
  });

  it('reads "we cannot offer you an internship this time" as a rejection', () => {
    const r = read('Dear Mr. Novak,\n\nthank you for your application as Intern in Treasury.\n\nAfter reviewing all applications we are sorry to tell you that we cannot offer you an internship this time.\n\nKind regards\nCampus Team, Donaubank AG', 'Internship Treasury');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a later start date refused this time as a rejection', () => {
    const r = read('Dear Mr. Novak,\n\nthank you for your message about the Treasury internship.\n\nWe are sorry, but we cannot offer you a later start date this time; the internship starts on 1 March as planned. We look forward to seeing you then.\n\nKind regards\nCampus Team, Donaubank AG', 'Internship Treasury');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads a colleague who applied internally and was given the opportunity as a rejection for an internal candidate', () => {
    const r = read('Dear Ms. Berg,\n\nthank you for the interview for the Shift Lead position last week.\n\nIn the meantime a colleague from our Utrecht warehouse has applied internally, and we have decided to give this opportunity to her.\n\nWarm regards,\nRecruitment, Kanaal Logistics', 'Shift Lead');
    expect(r.kind).toBe('rejection');
    expect(r.reasons).toContain('internal_candidate');
  });

  it('does not read the opportunity given to the candidate as a rejection', () => {
    const r = read('Dear Ms. Berg,\n\nthank you for the interview for the Shift Lead position last week.\n\nA colleague from our Utrecht warehouse will show you around, and we have decided to give this opportunity to you: please find the contract attached.\n\nWarm regards,\nRecruitment, Kanaal Logistics', 'Shift Lead');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "two things led us to decide otherwise" as a rejection, with the move not possible as a location reason', () => {
    const r = read('Dear Mr. Lind,\n\nthank you for the video interview with our team in Graz.\n\nWe liked talking to you. Two things led us to decide otherwise: the role needs Slovene for the contact with our suppliers, and you would need to move to Graz before April, which you said is not possible for you.\n\nWith kind regards,\nHR, Murtal Components GmbH', 'Interview – Purchasing Coordinator');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
    expect(r.reasons).toContain('location');
  });

  it('does not read "unless we decide otherwise" in an invitation as a rejection', () => {
    const r = read('Dear Mr. Lind,\n\nthank you for the video interview with our team in Graz.\n\nThe second interview will take place in Graz on 12 March, unless we decide otherwise together because of your travel.\n\nWith kind regards,\nHR, Murtal Components GmbH', 'Interview – Purchasing Coordinator');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads "your candidacy will not be continued" as a rejection', () => {
    const r = read('Dear Mr. Dubois,\n\nWe have received your application for the role of Plant Controller and thank you for it.\n\nAfter examining your file, your candidacy will not be continued for this post.\n\nYours faithfully,\nHR Department, Ardennes Acier SA', 'Candidature Plant Controller');
    expect(r.kind).toBe('rejection');
  });

  it('does not read a candidacy continued in the next phase as a rejection', () => {
    const r = read('Dear Mr. Dubois,\n\nWe have received your application for the role of Plant Controller and thank you for it.\n\nAfter examining your file, your candidacy will be continued in the next phase; we will send you the dates soon.\n\nYours faithfully,\nHR Department, Ardennes Acier SA', 'Candidature Plant Controller');
    expect(r.kind).not.toBe('rejection');
  });

  it('reads others "retained" as a rejection', () => {
    const r = read('Dear Ms. Peeters,\n\nThank you for your application for the post of Logistics Planner.\n\nAfter careful study we decided to retain candidates whose experience is more in line with the post.\n\nYours faithfully,\nHR, Escaut Transports SA', 'Logistics Planner');
    expect(r.kind).toBe('rejection');
  });

  it('reads game results told as a profile different from the role\'s as a rejection at the assessment, for the assessment', () => {
    const r = read('Dear Noor,\n\nThanks for playing the online games as part of your application to our Risk Analyst internship.\n\nYour results showed a profile that is different from the one we see in people who succeed in this particular role. This says nothing about your abilities in general.\n\nKind regards,\nEarly Careers Team, Elbe Capital', 'Risk Analyst internship');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('assessment');
    expect(r.reasons).toContain('assessment');
  });

  it('does not read game results told as close to the role\'s profile as a rejection', () => {
    const r = read('Dear Noor,\n\nThanks for playing the online games as part of your application to our Risk Analyst internship.\n\nYour results showed a profile that is close to the one we see in people who succeed in this role, and we would like to invite you to a video interview next week.\n\nKind regards,\nEarly Careers Team, Elbe Capital', 'Risk Analyst internship');
    expect(r.kind).not.toBe('rejection');
  });

  it('does not read a documents request whose missing papers stop the application as a rejection', () => {
    const r = read('Dear Applicant,\n\nFor the further processing of your application as working student in Logistics we unfortunately still miss your enrolment certificate.\n\nPlease upload it within 14 days. Without these documents we cannot consider your application.\n\nBest regards\nHR Services, Nordlicht AG', 'Missing documents');
    expect(r.kind).toBe('other');
  });

  it('still reads a working-student application refused for enrolment as a rejection', () => {
    const r = read('Dear Applicant,\n\nthank you for your application as working student in Logistics.\n\nAs you are no longer enrolled at a university, we cannot consider your application for this job.\n\nBest regards\nHR Services, Nordlicht AG', 'Working student Logistics');
    expect(r.kind).toBe('rejection');
  });
});

describe('paused processes', () => {
  it('reads a process put on pause for the works council and the budget as on hold, with the budget as the reason', () => {
    const r = read('Dear Lea,\n\nthanks for the telephone interview on Monday.\n\nWe must put the process for the Working Student Controlling position on pause: the budget for next year is not approved yet. We do not decline you, we simply have to wait.\n\nI will come back to you in December.\n\nViele Grüße\nRecruiting, Weser Energie AG', 'Working Student Controlling');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('screen');
    expect(r.reasons).toContain('role_closed');
  });

  it('does not read job alerts put on pause as a paused process', () => {
    const r = read('Dear Lea,\n\nyou have put your job alerts for Controlling on pause. You can switch them on again at any time in your candidate account.\n\nViele Grüße\nWeser Energie AG Careers', 'Your job alerts');
    expect(r.kind).toBe('other');
  });

  it('does not read a selection that takes more time than expected, with the answer dated, as on hold', () => {
    const r = read('Dear Ms. Claes,\n\nThank you for your patience. The selection for the Policy Assistant position is still ongoing and will take some more time than we expected. We have not yet taken any decision and will inform all candidates by the end of the month.\n\nKind regards,\nSecretariat, European Water Forum', 'Policy Assistant - selection ongoing');
    expect(r.kind).toBe('other');
  });

  it('reads a selection that takes more time than expected because it is frozen, with no date, as on hold', () => {
    const r = read('Dear Ms. Claes,\n\nThank you for your patience. The selection for the Policy Assistant position will take some more time than we expected, as all recruitment is frozen until the new budget is approved. We have not yet taken any decision.\n\nKind regards,\nSecretariat, European Water Forum', 'Policy Assistant - selection ongoing');
    expect(r.kind).toBe('on_hold');
  });

  it('reads a review of the take-home tasks that is delayed as on hold', () => {
    const r = read('Hi Sara,\n\nthanks for sending the take-home task for our Data Engineer role.\n\nA short note: our tech lead is ill and the review of the tasks is delayed by about two weeks. Nothing has been decided yet.\n\nCiao,\nMarta, Talent @ Lagoon Data, Venice', 'Data Engineer – a small delay');
    expect(r.kind).toBe('on_hold');
    expect(r.stage).toBe('assessment');
  });

  it('does not read a review that is not delayed as on hold', () => {
    const r = read('Hi Sara,\n\nthanks for sending the take-home task for our Data Engineer role.\n\nA short note: the review of the tasks is done this week as planned, and you will hear from us on Friday.\n\nCiao,\nMarta, Talent @ Lagoon Data, Venice', 'Data Engineer');
    expect(r.kind).not.toBe('on_hold');
  });
});

describe('doors in the region\'s forms', () => {
  it('reads "do not hesitate to send us your application again" as a door', () => {
    const r = read('Bonjour Hugo,\n\nThank you for your application to the position "Stage Communication".\n\nWe regret to tell you that your application was not retained. Our next internship offers will be published in March - do not hesitate to send us your application again then.\n\nCordialement,\nL\'équipe Recrutement, Rhône Médias', 'Stage Communication');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "please do not send us your application again" as a door', () => {
    const r = read('Bonjour Hugo,\n\nThank you for your application to the position "Stage Communication".\n\nWe regret to tell you that your application was not retained. As you already did this internship with us, please do not send us your application again.\n\nCordialement,\nL\'équipe Recrutement, Rhône Médias', 'Stage Communication');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads a CV kept for future selections with consent, beside privacy words, as a door', () => {
    const r = read('Gentile Luca,\n\nwe inform you that we have concluded the evaluation and we will not proceed with your profile.\n\nIf you agree, we will keep your CV in our database for future selections in the sales area; you can withdraw this consent at any time by writing to privacy@example.it.\n\nCordiali saluti,\nUfficio Risorse Umane', 'Sales Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read a CV kept only under data protection rules as a door', () => {
    const r = read('Gentile Luca,\n\nwe inform you that we have concluded the evaluation and we will not proceed with your profile.\n\nIn line with data protection rules, your CV will be kept in our database for six months and then deleted.\n\nCordiali saluti,\nUfficio Risorse Umane', 'Sales Assistant');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "this does not prevent you from applying for other vacancies" as a door', () => {
    const r = read('Dear Mr. Horvat,\n\nwith reference to your application of 3 May, we regret to inform you that we have decided in favour of other applicants.\n\nThis does not prevent you from applying for other vacancies with us in the future.\n\nKind regards\nPersonalwesen, Stadtwerke Aue', 'Ihre Bewerbung');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "this does not prevent you from receiving" something else as a door', () => {
    const r = read('Dear Mr. Horvat,\n\nwith reference to your interview of 3 May, we regret to inform you that we have decided in favour of other applicants.\n\nThis does not prevent you from receiving the travel costs for your visit.\n\nKind regards\nPersonalwesen, Stadtwerke Aue', 'Ihre Bewerbung');
    expect(r.doorOpen).toBe(false);
  });

  it('reads the next edition of a programme opened to the candidate as a door', () => {
    const r = read('Dear Ms. Costa,\n\nthank you for taking part in the online tests for our Trainee Programme.\n\nWe regret to inform you that you have not been selected. Candidates of this round may apply directly to the next edition of the programme.\n\nAtentamente,\nTalent Acquisition, Banco Atlántico', 'Trainee Programme');
    expect(r.kind).toBe('rejection');
    expect(r.doorOpen).toBe(true);
  });

  it('reads "we will gladly consider you for the spring intake" as a door, and a refusal of it as none', () => {
    const yes = read('Dear Paolo,\n\nthank you for the first call for the Retail Intern position.\n\nOthers fit the team a little better, so we will not go on with your application. We will gladly consider you for the spring intake; just write to me in February.\n\nKind regards,\nHR, Moda Navigli', 'Retail Intern');
    expect(yes.doorOpen).toBe(true);
    const no = read('Dear Paolo,\n\nthank you for the first call for the Retail Intern position.\n\nOthers fit the team a little better, so we will not go on with your application. As you finish your studies in March, we cannot consider you for the spring intake either.\n\nKind regards,\nHR, Moda Navigli', 'Retail Intern');
    expect(no.doorOpen).toBe(false);
  });

  it('reads "maybe one of our junior positions would be interesting for you?" as a door', () => {
    const r = read('Dear Tim,\n\nthank you for your application for the working student position in IT Support.\n\nAs you are no longer enrolled, we unfortunately cannot consider you for this job. Maybe one of our junior positions would be interesting for you? You find them on our homepage.\n\nBest regards\nPersonalabteilung, Rhein Systeme GmbH', 'Werkstudent IT Support');
    expect(r.doorOpen).toBe(true);
  });

  it('does not read "none of our current positions would be suitable for you" as a door', () => {
    const r = read('Dear Tim,\n\nthank you for your application for the working student position in IT Support.\n\nAs you are no longer enrolled, we unfortunately cannot consider you for this job, and none of our current positions would be suitable for you.\n\nBest regards\nPersonalabteilung, Rhein Systeme GmbH', 'Werkstudent IT Support');
    expect(r.doorOpen).toBe(false);
  });

  it('reads "we would be glad if you applied for the next role" as a door, and gladness about this application as none', () => {
    const yes = read('Dear Ms. Lund,\n\nThank you for the final conversation with our founders.\n\nThe other finalist has signed her contract, so the position is filled. We would be glad if you applied for the next role in our product team.\n\nBästa hälsningar\nHead of People, Norrsken Audio AB', 'Product Designer');
    expect(yes.doorOpen).toBe(true);
    const no = read('Dear Ms. Lund,\n\nThank you for the final conversation with our founders.\n\nThe other finalist has signed her contract, so the position is filled. We were glad that you applied for this role.\n\nBästa hälsningar\nHead of People, Norrsken Audio AB', 'Product Designer');
    expect(no.doorOpen).toBe(false);
  });
});

describe('feedback offered in their words', () => {
  it('reads "if you wish, I will gladly tell you what the committee discussed" as feedback offered', () => {
    const r = read('Dear Felix,\n\nthank you for the final interview with our board on Monday.\n\nWe had two strong candidates in the last round and decided for the other applicant. If you wish, I will gladly tell you in a short call what the committee discussed.\n\nKind regards\nHead of HR, Alpen Kabel GmbH', 'Final interview');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read the committee\'s discussion told as done, with no offer, as feedback offered', () => {
    const r = read('Dear Felix,\n\nthank you for the final interview with our board on Monday.\n\nWe had two strong candidates in the last round and decided for the other applicant. The committee discussed both profiles at length.\n\nKind regards\nHead of HR, Alpen Kabel GmbH', 'Final interview');
    expect(r.kind).toBe('rejection');
    expect(r.feedbackOffered).toBe(false);
  });

  it('reads "if you want more details, please call me" as feedback offered', () => {
    const r = read('Dear Arjun,\n\nthank you for coming to the final round in Stuttgart.\n\nWe finally decided for another candidate, because the role needs German at C1 level. If you want more details, please call me anytime.\n\nBeste Grüße\nHead of Talent, Neckar Antriebe AG', 'Final round');
    expect(r.feedbackOffered).toBe(true);
  });

  it('does not read a call invited about other vacancies as feedback offered', () => {
    const r = read('Dear Arjun,\n\nthank you for coming to the final round in Stuttgart.\n\nWe finally decided for another candidate, because the role needs German at C1 level. If you want more details, please call us about our open positions in Munich.\n\nBeste Grüße\nHead of Talent, Neckar Antriebe AG', 'Final round');
    expect(r.feedbackOffered).toBe(false);
  });
});

describe('stage: interviews only named as spared', () => {
  it('reads "we do not want to waste your time with further interviews" as the application stage', () => {
    const r = read('Dear Mr. Keller,\n\nThank you for your application as Lead Developer.\n\nWe liked your profile. However, your salary expectation is clearly above our range, and we therefore do not want to waste your time with further interviews.\n\nBeste Grüße\nCTO, Zahlwerk GmbH', 'Lead Developer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('application');
  });

  it('still reads thanks for the further interviews as the interview stage', () => {
    const r = read('Dear Mr. Keller,\n\nThank you for the further interviews with our team last week.\n\nWe liked your profile. However, your salary expectation is clearly above our range, so we will not make you an offer.\n\nBeste Grüße\nCTO, Zahlwerk GmbH', 'Lead Developer');
    expect(r.kind).toBe('rejection');
    expect(r.stage).toBe('interview');
  });
});
