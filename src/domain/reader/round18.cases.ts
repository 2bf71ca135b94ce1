/**
 * The reason mechanisms of the eighteenth round — compositions of word classes (others + a profile noun + a degree
 * word; a requirement + a lack word; a test noun + a result or a bar) — each with a positive and a near miss, on
 * messages written for this test (not taken from any corpus part). The rules alone (`null`) must read them.
 */
import { describe, expect, it } from 'vitest';
import { readMessage } from './read-message.js';

const read = (text: string, subject?: string) => readMessage({ text, subject }, null);
const wrap = (body: string): string => `Dear Robin,\n\n${body}\n\nKind regards,\nTamsin\nRecruitment`;
const reasons = (body: string): string[] => [...read(wrap(body)).reasons].sort();

describe('profile mismatch: what is the others\', a profile noun and a degree word after it', () => {
  it('reads a candidate whose overall profile was stronger as a profile mismatch', () => {
    expect(reasons('Thank you for the final panel. We have decided to appoint a candidate whose overall profile was stronger for this particular post.')).toEqual(['profile_mismatch']);
    expect(reasons('Thank you for applying. We did have other applicants whose experience was more extensive, so we will not progress your application.')).toEqual(['profile_mismatch']);
  });
  it('leaves it to the named requirement when the comparison names a domain', () => {
    expect(reasons('Thank you for interviewing. We chose a candidate whose experience in clinical trial monitoring was stronger, so we will not proceed.')).toEqual(['skills_gap']);
  });
});

describe('profile mismatch: others matching more closely, more experienced, or with the edge', () => {
  it('reads others matching more closely in an -ing form', () => {
    expect(reasons('We regret to inform you that we have gone ahead with profiles matching more closely to our requirement.')).toEqual(['profile_mismatch']);
  });
  it('reads a more experienced candidate and others more seasoned', () => {
    expect(reasons('Thank you for your time. We have decided to proceed with a more experienced candidate.')).toEqual(['profile_mismatch']);
    expect(reasons('We felt that other candidates were more experienced, and we will not proceed with your application.')).toEqual(['profile_mismatch']);
  });
  it('reads someone else having the edge, with no domain named', () => {
    expect(reasons('Sadly it is a no this time. Someone else just had the edge in terms of relevant experience.')).toEqual(['profile_mismatch']);
  });
  it('reads the other finalist bringing more of what the role needs', () => {
    expect(reasons('We will not proceed: the other finalist simply brought more of what this role needs.')).toEqual(['profile_mismatch']);
  });
  it('does not read more qualified applicants than places as a mismatch', () => {
    expect(reasons('Please know that this decision does not reflect on your skills or experience. We simply had more qualified applicants than positions.')).toEqual(['generic']);
  });
  it('does not read a policy of whom the sender contacts as a reason', () => {
    expect(reasons('Due to the volume of applications, we are only able to contact shortlisted candidates whose profiles most closely match the requirements. We regret that your application has not been shortlisted.')).toEqual(['generic']);
  });
  it('does not read a comparison over the round or the scheme as a named requirement', () => {
    expect(reasons('Unfortunately we won\'t be moving ahead. We are prioritising applicants with a more relevant background this round.')).toEqual(['profile_mismatch']);
    expect(reasons('We regret that you have not been selected; we felt other candidates demonstrated greater relevant experience for the scheme this year.')).toEqual(['profile_mismatch']);
  });
});

describe('skills gap: a requirement and a lack word, in passing', () => {
  it('reads a requirement not found in the candidate\'s papers', () => {
    expect(reasons('We won\'t be progressing this time, as the role requires a CPA, which we couldn\'t find on your CV.')).toEqual(['skills_gap']);
  });
  it('reads the decision told before the role\'s requirement', () => {
    expect(reasons('We will not take your application further as the role requires a valid CSCS card.')).toEqual(['skills_gap']);
  });
  it('reads a key part of the role not seen in the application', () => {
    expect(reasons('Unfortunately we will not be progressing. A key part of this role is Python scripting, and we did not see evidence of this in your application.')).toEqual(['skills_gap']);
  });
  it('reads a credential said to be important, held by the person chosen', () => {
    expect(reasons('Thank you for coming in. The partners have decided to appoint someone who is already MRICS, as chartered status is important for signing off valuations.')).toEqual(['skills_gap']);
  });
  it('reads the candidate\'s named skill found not advanced enough, but not the experience as a whole', () => {
    expect(reasons('The hiring manager felt your Excel skills were not advanced enough for the reporting side of the role.')).toEqual(['skills_gap']);
    expect(reasons('We felt your overall experience was not strong enough, and we will not proceed with your application.')).not.toContain('skills_gap');
  });
  it('reads a candidate chosen who has done a named thing', () => {
    expect(reasons('Thanks for your time. We\'ve decided to go with a candidate who has direct experience selling into the public sector, which is where most of this pipeline sits.')).toEqual(['skills_gap']);
  });
  it('does not read a description of the role as a requirement the candidate lacks', () => {
    expect(reasons('Thank you for your interest. This position requires deep knowledge of AWS, IAM and incident response, and we\'ve heard from many talented engineers. We won\'t be moving forward with your application.')).toEqual(['generic']);
    expect(reasons('Thank you for applying. In this role you would be working with our payments team, which requires a solid understanding of card schemes. Unfortunately we have decided not to progress.')).toEqual(['generic']);
  });
});

describe('assessment: a test noun and a result or a bar', () => {
  it('reads handed-in work that did not score or rank highly enough', () => {
    expect(reasons('Thanks for taking our written exercise. We\'ve scored all the submissions and yours wasn\'t among the highest-scoring, so we won\'t be inviting you to interview.')).toEqual(['assessment']);
    expect(reasons('Thanks for completing the presentation exercise and the interview. Your presentation didn\'t score highly enough against our criteria, so we won\'t be progressing your application.')).toEqual(['assessment']);
  });
  it('reads a decision resting on the test results, but not on the interview', () => {
    expect(reasons('Thanks for completing the SHL assessments. Based on your results, we will not be progressing your application further.')).toEqual(['assessment']);
    expect(reasons('Thank you for the interview. Based on your performance in the interview, we will not be progressing your application.')).not.toContain('assessment');
  });
  it('reads the code handed in as the test\'s result', () => {
    expect(reasons('Thank you for the assignment. Unfortunately the code you submitted had several bugs and did not meet our standards.')).toEqual(['assessment']);
  });
  it('reads a case study whose recommendations were not well supported, at the test stage', () => {
    expect(reasons('Thank you for completing the case study. The team felt the recommendations weren\'t well supported by the numbers in the pack, so we won\'t be progressing you.')).toEqual(['assessment']);
  });
  it('keeps a requirement of the person added beside the test\'s result', () => {
    expect(reasons('Thank you for completing the technical test. Your result fell below the pass mark, and the reviewers also noted limited experience with Spark and Airflow. We will not be moving forward.')).toEqual(['assessment', 'skills_gap']);
    expect(reasons('Thank you for completing the technical test. Your result fell below the pass mark, so we will not be moving forward.')).toEqual(['assessment']);
  });
});

describe('the rest of the round: a post only for the registered, edited work, the pay needed, where the business is going', () => {
  it('reads a post only for those registered, set against a candidate not yet registered', () => {
    expect(reasons('This vacancy is for qualified social workers registered with Social Work England; as you are not yet registered, we cannot consider your application.')).toEqual(['skills_gap']);
    expect(reasons('This vacancy is for qualified social workers registered with Social Work England. Unfortunately you have not been shortlisted.')).toEqual(['generic']);
  });
  it('reads editors finding the piece needed heavy editing as the test\'s result', () => {
    expect(reasons('Thank you for completing the writing test. Our editors felt your piece needed substantial editing before it could run, so we will not progress.')).toEqual(['assessment']);
  });
  it('reads the figure the candidate needs, beyond what can be offered, as salary', () => {
    expect(reasons('We were unable to agree on compensation, as the figure you need is beyond what we can offer.')).toEqual(['salary']);
  });
  it('reads others more aligned with where the business is going as a profile mismatch, not a named requirement', () => {
    expect(reasons('We went with a candidate whose experience is a little more aligned with where the business is going.')).toEqual(['profile_mismatch']);
    expect(reasons('We went with a candidate whose experience is a little more aligned with regulated medical devices.')).toEqual(['skills_gap']);
  });
});

describe('others who ticked more boxes or fit the role best, and a score lower than others\'', () => {
  it('reads someone who ticked more of the boxes, or whose experience fits the role best, as a profile mismatch', () => {
    expect(reasons('Just circling back: the client went with someone who ticked more of their boxes.')).toEqual(['profile_mismatch']);
    expect(reasons('We interviewed several strong people, and we have selected the person whose experience we think fits the role best.')).toEqual(['profile_mismatch']);
    expect(reasons('We interviewed several strong people, and we have selected the person we think is best for the team.')).not.toContain('profile_mismatch');
  });
  it('reads a test score lower than other candidates\' as the test\'s result', () => {
    expect(reasons('Unfortunately your test score was lower than other candidates\', and we will not be proceeding.')).toEqual(['assessment']);
  });
  it('reads a rounded background or a better match of skills for the opening as no named requirement', () => {
    expect(reasons('The client has decided to go with candidates who have a more rounded background for this position.')).toEqual(['profile_mismatch']);
    expect(reasons('After evaluating all the candidates, we found that others had a better match of skills for this opening.')).toEqual(['profile_mismatch']);
  });
});

describe('most of the job and what the candidate has not done; a result that placed the candidate low; a mark not hit', () => {
  it('reads most of the job set against what the candidate has not done as a skills gap', () => {
    expect(reasons('Unfortunately we won\'t be moving forward. Most of this job is HGV fleet scheduling, which you haven\'t done before.')).toEqual(['skills_gap']);
    expect(reasons('Unfortunately we won\'t be moving forward. Most of this job is HGV fleet scheduling, and we had a very strong field.')).toEqual(['generic']);
  });
  it('reads a result that placed the candidate in the lower part of the field as the test\'s result', () => {
    expect(reasons('Your numerical reasoning result placed you in the lower percentile of applicants, and we are unable to progress your application.')).toEqual(['assessment']);
  });
  it('reads handed-in work that did not hit the mark, at the test stage, as the test\'s result', () => {
    expect(reasons('Thank you for your time on the work sample. It was solid in places, but it did not hit the mark on the data modelling part, so we are not moving forward.')).toEqual(['assessment']);
  });
});

describe('others closer to the spec, and others scoring higher against the criteria at shortlisting', () => {
  it('reads a candidate closer to the spec or the brief as a profile mismatch', () => {
    expect(reasons('Unfortunately you have not been successful. The client is going with a candidate who is closer to the spec.')).toEqual(['profile_mismatch']);
  });
  it('reads other applicants scoring more highly against the criteria as a profile mismatch, not a test result', () => {
    expect(reasons('Unfortunately you have not been shortlisted. The panel judged that other applicants scored more highly against the essential criteria.')).toEqual(['profile_mismatch']);
    expect(reasons('Unfortunately you have not been shortlisted. Other applicants scored more highly against the criteria in the written test.')).not.toContain('profile_mismatch');
  });
});

describe('profile mismatch on the candidate\'s side: less aligned, outside what is needed, criteria not met, a different profile', () => {
  it('reads the candidate\'s background less aligned than others\' as a profile mismatch', () => {
    expect(reasons('Unfortunately we will not be progressing your application. We felt your background was less aligned with the role than some other applicants.')).toEqual(['profile_mismatch']);
  });
  it('reads the candidate\'s experience outside what is needed as a profile mismatch', () => {
    expect(reasons('We have decided not to move forward, as your experience sits a little outside what we need for this role.')).toEqual(['profile_mismatch']);
  });
  it('reads criteria not met, named by nothing, as a profile mismatch, and eligibility criteria as location', () => {
    expect(reasons('Unfortunately, you do not meet the criteria for this role.')).toEqual(['profile_mismatch']);
    expect(reasons('Unfortunately, you do not meet the residency criteria for this role.')).not.toContain('profile_mismatch');
  });
  it('reads a different skill set wanted as a profile mismatch, but not a future role that suits', () => {
    expect(reasons('Unfortunately we will not be progressing your application. The role requires a slightly different skill set from the one you have.')).toEqual(['profile_mismatch']);
    expect(reasons('Unfortunately we will not be progressing your application. If we have roles that need a different background in future, we will be in touch.')).toEqual(['generic']);
  });
});

describe('the candidate\'s profile in a different area, not lining up, not relevant enough; a shortlisting policy', () => {
  it('reads the candidate\'s experience in a different area or outside the role as a profile mismatch', () => {
    expect(reasons('Unfortunately we will not be progressing. Your experience, while impressive, lies in a different area from the one this role focuses on.')).toEqual(['profile_mismatch']);
    expect(reasons('Unfortunately we will not take this forward: your experience is weighted towards areas outside this role.')).toEqual(['profile_mismatch']);
  });
  it('reads a background that does not line up, or experience not relevant enough, as a profile mismatch', () => {
    expect(reasons('Unfortunately we will not proceed. Your background does not quite line up with what the team is looking for.')).toEqual(['profile_mismatch']);
    expect(reasons('Unfortunately we will not take this forward; your experience is not relevant enough to this role.')).toEqual(['profile_mismatch']);
  });
  it('does not read a shortlisting policy in the present tense as a reason given to this candidate', () => {
    expect(reasons('Unfortunately we will not be progressing. We shortlist applicants whose experience best matches the role, and this time we have not been able to include you.')).toEqual(['generic']);
    expect(reasons('Unfortunately we will not be progressing. We have shortlisted applicants whose experience best matches the role.')).toEqual(['profile_mismatch']);
  });
});

describe('courtesies that sound like a mismatch', () => {
  it('does not read a wish for a role that is a closer match as a reason', () => {
    expect(reasons('Unfortunately we have decided not to progress your application. We wish you the best in finding a role that is a closer match to your experience.')).toEqual(['generic']);
  });
  it('does not read experience outside what the sender can comment on as a mismatch', () => {
    expect(reasons('Unfortunately you have not been successful. Your experience is outside what we can comment on individually, given the volume of applications.')).toEqual(['generic']);
  });
});

describe('a test stage not passed, and someone the manager was keen to find', () => {
  it('reads not being successful in a test stage as the test\'s result, but not an interview stage', () => {
    expect(reasons('Unfortunately you were not successful in the aptitude test stage of the process.')).toEqual(['assessment']);
    expect(reasons('Unfortunately you were not successful in the interview stage of the process.')).not.toContain('assessment');
  });
  it('reads someone the manager was keen to find, set against the candidate\'s limited exposure, as a skills gap', () => {
    expect(reasons('Unfortunately we will not proceed. The hiring manager was keen to find someone who already knows Dynamics 365, and your exposure to it has been limited.')).toEqual(['skills_gap']);
    expect(reasons('Unfortunately we will not proceed. The hiring manager was keen to find someone who could start in January.')).not.toContain('skills_gap');
  });
});

describe('others holding a credential that was a requirement', () => {
  it('reads the successful applicant already qualified, as the post required, as a skills gap', () => {
    expect(reasons('Unfortunately we will not be progressing your application. The successful applicant is already a qualified electrician, which was a requirement for the post.')).toEqual(['skills_gap']);
    expect(reasons('Unfortunately we will not be progressing your application. The successful applicant is already a qualified electrician and starts next month.')).not.toContain('skills_gap');
  });
});

describe('the profile noun first and the others after it; a profile more in keeping with the role', () => {
  it('reads the backgrounds of the shortlisted candidates closer to the role as a profile mismatch', () => {
    expect(reasons('Unfortunately we will not be progressing your application. The backgrounds of the shortlisted candidates were closer to what the role needs.')).toEqual(['profile_mismatch']);
    expect(reasons('Unfortunately we will not be progressing your application. The backgrounds of the shortlisted candidates were varied.')).toEqual(['generic']);
  });
  it('reads a profile more in keeping with the role as a profile mismatch', () => {
    expect(reasons('Unfortunately we will not be progressing your application. We chose a candidate with a profile more in keeping with the role.')).toEqual(['profile_mismatch']);
  });
});

describe('internal candidate: acting up', () => {
  it('reads a colleague acting up in the post as an internal appointment', () => {
    expect(reasons('Thank you for attending interview. The role has been offered to, and accepted by, a colleague who has been acting up in the post since the spring.')).toEqual(['internal_candidate']);
  });
});
