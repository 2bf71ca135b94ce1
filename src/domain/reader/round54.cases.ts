/**
 * Reasons in the employer's and the recruiter's own words: money set above the budget however it is named, the person hired
 * and what they had done, the team's way of working set against the candidate's, a test's results, the role too small, the
 * profile not the one in mind. Messages written for this test (not taken from any corpus part), each beside a message in
 * nearby words that must still read the other way. The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const reasons = (text: string, subject?: string) => read(text, subject).reasons;

describe('money, however it is named', () => {
  it('reads "your ask was well above where they had budgeted" as salary', () => {
    expect(reasons('Hi Dom, heard back from Larchfield. They are not taking it further: your ask was well above where they had budgeted for the role. Sorry, Bea')).toContain('salary');
  });

  it('does not read "your experience is well above where they had pitched the role" as salary', () => {
    expect(reasons('Hi Dom, heard back from Larchfield. They are not taking it further: your experience is well above where they had pitched the role. Sorry, Bea')).not.toContain('salary');
  });

  it('reads "the day rate you quoted is higher than what the client can approve" as salary', () => {
    expect(reasons('Morning Ines, the client has passed on this contract. The day rate you quoted is higher than what the client can approve for the project. Thanks, Olu')).toContain('salary');
  });

  it('does not read "your commute is longer than what the client expected" as salary', () => {
    expect(reasons('Morning Ines, the client has passed on this contract. Your commute is longer than what the client expected for a site role. Thanks, Olu')).not.toContain('salary');
  });

  it('reads "your expectation sits about 9k above what they can approve" as salary', () => {
    expect(reasons('Hi Callum, Brookvale have decided not to proceed. Your expectation sits about £9k above what they can approve this year. Cheers, Nia')).toContain('salary');
  });

  it('does not read "your expectation of a team lead title is above what they can offer" as salary', () => {
    expect(reasons('Hi Callum, Brookvale have decided not to proceed. Your expectation of a team lead title sits above what they can offer at this level. Cheers, Nia')).not.toContain('salary');
  });

  it('reads "it came down to comp" and "your number was a sticking point" as salary', () => {
    expect(reasons('Sam, Quillon went with someone else. Honestly it came down to comp.')).toContain('salary');
    expect(reasons('Sam, Quillon went with someone else. Your number was a sticking point for them, I am afraid.')).toContain('salary');
  });

  it('does not read "it came down to the number of years in audit" as salary', () => {
    expect(reasons('Sam, Quillon went with someone else. It came down to the number of years in audit.')).not.toContain('salary');
  });

  it('reads "they can\'t go above $41 an hour" as salary', () => {
    expect(reasons('Hi Jade, the clinic said no, sorry. They can\'t go above $41 an hour for this shift pattern.')).toContain('salary');
  });

  it('does not read "they can\'t go above 20 hours a week" as salary', () => {
    expect(reasons('Hi Jade, the clinic said no, sorry. They can\'t go above 20 hours a week for this shift pattern.')).not.toContain('salary');
  });

  it('reads "the pay is a long way below what you\'re used to" as salary', () => {
    expect(reasons('Dear Ravi, thank you for the call. We will not progress your application, as the pay for this post is a long way below what you\'re used to.')).toContain('salary');
  });

  it('does not read "the team is a long way below what you\'re used to in size" as salary', () => {
    expect(reasons('Dear Ravi, thank you for the call. We will not progress your application, as the team here is a long way below what you\'re used to in size.')).not.toContain('salary');
  });

  it('reads "the other finalist came in lower" as salary', () => {
    expect(reasons('Hey Tom, Ashgrove picked the other finalist. Between us, the other finalist came in lower.')).toContain('salary');
  });

  it('does not read "your test score came in lower than the cut-off" as salary', () => {
    expect(reasons('Hey Tom, Ashgrove will not progress you. Your reasoning test score came in lower than their cut-off, and the other finalist has been invited.')).not.toContain('salary');
  });

  it('reads "a gap between the package you asked for and our grade" as salary', () => {
    expect(reasons('Dear Mirela, we have decided not to offer you the post. There was a gap between the package you had asked for and the grade we can offer.')).toContain('salary');
  });
});

describe('the person hired and what they had done', () => {
  it('reads "the successful candidate had run a 40-bed ward" as skills_gap', () => {
    expect(reasons('Dear Aisha, thank you for the interview. We have appointed another applicant; the successful candidate had run a 40-bed ward for three years.')).toContain('skills_gap');
  });

  it('does not read "the successful candidate had interviewed better" as skills_gap', () => {
    expect(reasons('Dear Aisha, thank you for the interview. We have appointed another applicant; the successful candidate simply interviewed better on the day.')).not.toContain('skills_gap');
  });

  it('reads "she had already built a data team, and that tipped it" as skills_gap', () => {
    expect(reasons('Hi Ola, we went another way. She had already built a data team from scratch, and that tipped it.')).toContain('skills_gap');
  });

  it('does not read "they have managed to fill the role" as skills_gap', () => {
    expect(reasons('Hi Ola, we went another way. They have managed to fill the role from the first shortlist, and that tipped it.')).not.toContain('skills_gap');
  });

  it('reads "offered to someone with direct IFRS 17 experience" as skills_gap', () => {
    expect(reasons('Hi Ken, bad news from Marrow Life: they offered the role to someone with direct IFRS 17 experience.')).toContain('skills_gap');
  });

  it('does not read "offered to someone with direct relevant experience" as skills_gap', () => {
    expect(reasons('Hi Ken, bad news from Marrow Life: they offered the role to someone with direct relevant experience.')).not.toContain('skills_gap');
  });

  it('reads "it\'s a no - they need someone who has done a full SOC 2 audit" as skills_gap', () => {
    expect(reasons('Hi Pia, it\'s a no from Tern Security - they need someone who has done a full SOC 2 audit.')).toContain('skills_gap');
  });

  it('does not read "they need someone who has done a SOC 2 audit, which you have" as skills_gap', () => {
    expect(reasons('Hi Pia, they need someone who has done a full SOC 2 audit, which you have, so I am putting you forward. Speak soon.')).not.toContain('skills_gap');
  });
});

describe('a named requirement, relayed or hedged', () => {
  it('reads "the main reservation was your Spanish" as skills_gap', () => {
    expect(reasons('Hi Leah, the firm has decided not to proceed. The main reservation was your Spanish, which the role uses with clients daily.')).toContain('skills_gap');
  });

  it('does not read "the main reservation was your notice period" as skills_gap', () => {
    expect(reasons('Hi Leah, the firm has decided not to proceed. The main reservation was your notice period.')).not.toContain('skills_gap');
  });

  it('reads "you\'d need a steep ramp-up on Kafka" as skills_gap', () => {
    expect(reasons('Hi Omar, we are not moving ahead. On the streaming side you\'d need a steep ramp-up on Kafka.')).toContain('skills_gap');
  });

  it('reads "lighter on the clinical governance side than they wanted" as skills_gap', () => {
    expect(reasons('Hi Noor, the trust has passed. They felt you were lighter on the clinical governance side than they wanted.')).toContain('skills_gap');
  });

  it('reads "you struggled with the load-balancing question" as skills_gap', () => {
    expect(reasons('hey Finn, they passed after the tech round. you struggled with the load-balancing question.')).toContain('skills_gap');
  });

  it('does not read "you struggled with the video link" as skills_gap', () => {
    expect(reasons('hey Finn, they passed after the tech round. you struggled with the video link, which was not your fault.')).not.toContain('skills_gap');
  });

  it('reads "a background closer to medical devices than your CV shows" as skills_gap', () => {
    expect(reasons('Dear Tess, we will not be progressing. We wanted a background closer to medical devices than what your CV shows.')).toContain('skills_gap');
  });

  it('reads "your experience is in retail, whereas this team runs B2B accounts" as skills_gap', () => {
    expect(reasons('Dear Tess, we will not be progressing. Your experience is mostly in retail media, whereas this team runs B2B accounts.')).toContain('skills_gap');
  });

  it('reads "candidates with a Master\'s … you have a diploma" as skills_gap', () => {
    expect(reasons('Dear Lin, thank you for applying. We are looking for candidates with a Master\'s degree in statistics, and you have a diploma. We will not continue your application.')).toContain('skills_gap');
  });

  it('reads "as you are part-qualified" as skills_gap', () => {
    expect(reasons('Dear Owen, as you are part-qualified we cannot progress your application for the Tax Senior post.')).toContain('skills_gap');
  });

  it('reads "must hold a PhD … your application did not meet this" as skills_gap', () => {
    expect(reasons('Dear Applicant, a lecturer must hold a PhD in the subject, and your application did not meet this condition. You have not been shortlisted.')).toContain('skills_gap');
  });

  it('reads "your transcript shows 58%" below a minimum as skills_gap', () => {
    expect(reasons('Dear Kiran, the programme needs 65% aggregate. Since your transcript shows 58%, we are unable to shortlist you.')).toContain('skills_gap');
  });

  it('reads "you\'re not yet at the level we need in Polish" as skills_gap', () => {
    expect(reasons('Dear Ewa, thank you for the interview. In the Polish part you\'re not yet at the level we need for the hotline.')).toContain('skills_gap');
  });

  it('reads "we had hoped for more hands-on Ansible than you have had" as skills_gap', () => {
    expect(reasons('Hi Jo, we are not going ahead. We had hoped for more hands-on Ansible than you have had so far.')).toContain('skills_gap');
  });

  it('does not read "we had hoped for more notice than you gave" as skills_gap', () => {
    expect(reasons('Hi Jo, we are not going ahead. We had hoped for more notice than you gave.')).not.toContain('skills_gap');
  });

  it('reads "that was the only gap" after a named need as skills_gap', () => {
    expect(reasons('Hi Mo, we offered the role to another baker. What we needed was more laminated dough work. That was the only gap.')).toContain('skills_gap');
  });

  it('reads "won\'t progress your CV as they require an ACCA qualification" as skills_gap', () => {
    expect(reasons('Hi Mel, the client won\'t progress your CV as they require a full ACCA qualification.')).toContain('skills_gap');
  });

  it('does not read "won\'t progress your CV as they require a UK work permit" as skills_gap', () => {
    expect(reasons('Hi Mel, the client won\'t progress your CV as they require a current UK work permit.')).not.toContain('skills_gap');
  });

  it('reads "your experience so far is on Jenkins" after what the post needs as skills_gap', () => {
    expect(reasons('Dear Raj, this position needs someone who has run GitLab CI at scale, and your experience so far is on Jenkins. We will not move you forward.')).toContain('skills_gap');
  });
});

describe('how the team works, set against the candidate', () => {
  it('reads "different from how we run" as culture_fit', () => {
    expect(reasons('Hi Ash, we are not going ahead. The way you like to work, alone and async, is quite different from how we run day to day.')).toContain('culture_fit');
  });

  it('reads "your style was a touch formal for a team that jokes a lot" as culture_fit', () => {
    expect(reasons('Hi Ash, they have said no. They thought your style was a touch formal for a team that jokes a lot.')).toContain('culture_fit');
  });

  it('reads "they weren\'t sure you\'d enjoy how scrappy it is" as culture_fit', () => {
    expect(reasons('Hi Ash, they have said no. They weren\'t sure you\'d enjoy how scrappy it is at a five-person start-up.')).toContain('culture_fit');
  });

  it('does not read "they weren\'t sure you\'d enjoy the commute" as culture_fit', () => {
    expect(reasons('Hi Ash, they have said no. They weren\'t sure you\'d enjoy the commute to the Reading office every day.')).not.toContain('culture_fit');
  });

  it('reads "what you\'re after - a big structured team - isn\'t something we can offer" as culture_fit', () => {
    expect(reasons('Hi Ash, we will not move ahead. What you\'re after, a big structured team with set processes, isn\'t something we can offer as a seed-stage company.')).toContain('culture_fit');
  });

  it('does not read "what you\'re after on salary isn\'t something we can offer" as culture_fit', () => {
    expect(reasons('Hi Ash, we will not move ahead. What you\'re after on salary isn\'t something we can offer as a seed-stage company.')).not.toContain('culture_fit');
  });

  it('reads "the working-style fit wasn\'t there" and "they\'d slot into our style more naturally" as culture_fit', () => {
    expect(reasons('Hi Ash, we will not proceed. We didn\'t feel the working-style fit was there.')).toContain('culture_fit');
    expect(reasons('Hi Ash, we went with someone else. We felt they would slot into our sales team\'s blunt style a bit more naturally.')).toContain('culture_fit');
  });

  it('reads "your style … would be hard with a team that" as culture_fit', () => {
    expect(reasons('Hi Ash, we will not proceed. Your style, quite top-down, would be hard with a crew used to deciding things together.')).toContain('culture_fit');
  });
});

describe('the role too small, the profile not the one in mind', () => {
  it('reads "the role is too junior compared with your background" as overqualified', () => {
    expect(reasons('Dear Femi, thank you for meeting us. The role is rather junior compared with your background, so we will not proceed.')).toContain('overqualified');
  });

  it('reads "would not do justice to someone of your seniority" and "senior to the person you\'d report to" as overqualified', () => {
    expect(reasons('Dear Femi, we will not proceed, as the post would not do justice to someone of your seniority.')).toContain('overqualified');
    expect(reasons('Dear Femi, we will not proceed: you would be senior to the person you would report to.')).toContain('overqualified');
  });

  it('reads "not quite the profile they had in mind" as profile_mismatch', () => {
    expect(reasons('Hey Zara, Pell Studio passed after the first chat. Their note said: not quite the profile they had in mind.')).toContain('profile_mismatch');
  });

  it('reads "they don\'t think your background suits the role" as profile_mismatch', () => {
    expect(reasons('Hey Zara, the client came back: they don\'t think your background suits the role, so no interview.')).toContain('profile_mismatch');
  });

  it('reads "your candidature has not been found suitable" as profile_mismatch', () => {
    expect(reasons('Dear Candidate, with reference to your interview, your candidature has not been found suitable for the post.')).toContain('profile_mismatch');
  });

  it('reads "a person whose experience is more close to what we need" as profile_mismatch', () => {
    expect(reasons('Hello Piotr, we decided for a person whose experience is more close to what we need. We will not continue with you.')).toContain('profile_mismatch');
  });
});

describe('a test\'s results', () => {
  it('reads "having reviewed your test results, we will not progress you" as assessment', () => {
    expect(reasons('Dear Lea, thank you for completing the numerical reasoning test. Having reviewed your test results, we will not progress you to interview.')).toContain('assessment');
  });

  it('does not read "following a review of the results of your background check" as assessment', () => {
    expect(reasons('Dear Lea, your pre-employment checks are complete. Following a review of the results, we are unable to proceed with your application.')).not.toContain('assessment');
  });

  it('reads "your score came in under the pass mark" as assessment', () => {
    expect(reasons('Dear Lea, thank you for the typing test. Unfortunately your score came in under the pass mark, so we cannot continue.')).toContain('assessment');
  });

  it('reads "the SQL questions were left blank" as assessment', () => {
    expect(reasons('Hi Ben, thanks for the data task. The last two SQL questions were left blank, so we won\'t take things further.')).toContain('assessment');
  });

  it('does not read "the eligibility questions were left blank" as assessment', () => {
    expect(reasons('Hi Ben, we regret that we could not consider your form because the eligibility questions were left blank. Please complete them by Friday.')).not.toContain('assessment');
  });

  it('reads "wasn\'t quite the standard we need" after a trial shift as assessment', () => {
    expect(reasons('Hi Nico, thanks for doing the practical cooking test on Friday. Sadly it wasn\'t quite the standard we need on the grill, so we won\'t be offering you the job.')).toEqual(['assessment']);
  });
});

describe('place, and the filling of the post', () => {
  it('reads "in the Leeds office rather than remote" as location', () => {
    expect(reasons('Hi Kat, the client said no: they now want the person in Leeds full-time rather than remote.')).toContain('location');
  });

  it('reads "we can only hire people based in Germany" as location', () => {
    expect(reasons('Hi Kat, we are a remote-first company, but we can only hire people based in Germany for payroll reasons, so we cannot move forward.')).toContain('location');
  });

  it('reads "the requirement is fulfilled" as position_filled', () => {
    expect(reasons('Dear Sir, with reference to your interview, the position has been closed as the requirement is fulfilled.')).toContain('position_filled');
  });

  it('reads "offered the role to another candidate, who has accepted" as position_filled', () => {
    expect(reasons('Dear Alex, we have offered the Head of Retail Operations – North role to another candidate, who has accepted.')).toContain('position_filled');
  });

  it('does not read "we are looking to close this position with someone who can join quickly" as position_filled', () => {
    expect(reasons('Hello Dev, we are looking to close this position with someone who can join within a week. As your notice is three months, we cannot proceed.')).not.toContain('position_filled');
  });

  it('reads "someone already in our finance team" as internal_candidate', () => {
    expect(reasons('Hi Rosa, we have offered the post to someone already in our finance team.')).toContain('internal_candidate');
  });

  it('does not read a go-live date as location', () => {
    expect(reasons('Hi Rosa, we went with the other candidate: she had led two ERP migrations, and with go-live in May the board wanted that experience.')).not.toContain('location');
  });

  it('does not read a reorganisation the hire will lead as role_closed', () => {
    expect(reasons('Hi Rosa, we went with the other candidate: she has run a team of forty, and the director wanted that for the reorganisation coming next year.')).not.toContain('role_closed');
  });
});
