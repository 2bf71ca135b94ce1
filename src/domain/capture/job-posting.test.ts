import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJobPostings, readJobJsonLd, readJobPage, readJobText, splitTitle } from './job-posting.js';

const POSTING = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Senior Data Analyst',
  hiringOrganization: { '@type': 'Organization', name: 'Larkspur Labs' },
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Leeds', addressCountry: 'GB' } },
  baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', minValue: 45000, maxValue: 55000, unitText: 'YEAR' } },
  employmentType: ['FULL_TIME'],
  datePosted: '2026-11-02T09:00:00Z',
  description: '<p>You will <b>own</b> our dashboards.</p><ul><li>SQL</li><li>dbt</li></ul>',
  url: 'https://larkspur.example/jobs/42',
};

describe('reading a job posting', () => {
  it('reads JSON-LD inside @graph on a page, with a clean text description', () => {
    const html = `<html><head><title>Careers</title><script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, POSTING] })}</script></head><body>x</body></html>`;
    expect(readJobPage(html, 'https://larkspur.example/careers')).toEqual({
      title: 'Senior Data Analyst',
      company: 'Larkspur Labs',
      location: 'Leeds, GB',
      remote: null,
      salaryMin: 45000,
      salaryMax: 55000,
      salaryCurrency: 'GBP',
      employmentType: 'FULL_TIME',
      datePosted: '2026-11-02',
      description: 'You will own our dashboards.\n\n * SQL\n * dbt',
      jobUrl: 'https://larkspur.example/jobs/42',
      foundIn: 'json-ld',
    });
  });

  it('reads pasted JSON-LD given as an array, and a remote posting', () => {
    const job = readJobJsonLd(JSON.stringify([{ '@type': 'Organization' }, { ...POSTING, jobLocation: undefined, jobLocationType: 'TELECOMMUTE' }]));
    expect(job).toMatchObject({ title: 'Senior Data Analyst', remote: 'remote', location: 'Remote' });
    expect(readJobJsonLd('{"@type":"Organization"}')).toBeNull();
  });

  it('falls back to Open Graph and the page title, then to the text', () => {
    const page = readJobPage('<html><head><meta property="og:title" content="Backend Engineer at Fernhill"><meta property="og:url" content="https://fernhill.example/j/1"></head><body><main><h1>Backend Engineer</h1><p>Build APIs.</p></main></body></html>');
    expect(page).toMatchObject({ title: 'Backend Engineer', company: 'Fernhill', jobUrl: 'https://fernhill.example/j/1', foundIn: 'open-graph' });
    expect(page.description).toContain('Build APIs.');
    expect(splitTitle('Product Designer - Quarry | LinkedIn')).toEqual({ title: 'Product Designer', company: 'Quarry' });
  });

  it('reads plain text with labelled lines', () => {
    const job = readJobText('QA Engineer at Birch & Co\nLocation: Berlin (hybrid)\nSalary: €50k–60k\n\nWe test things.');
    expect(job).toMatchObject({ title: 'QA Engineer', company: 'Birch & Co', location: 'Berlin (hybrid)', remote: 'hybrid', salaryMin: 50000, salaryMax: 60000, salaryCurrency: 'EUR' });
  });

  it('never throws on any JSON or any text', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void findJobPostings(v as never)));
    fc.assert(fc.property(fc.string(), (s) => void readJobJsonLd(s)));
    fc.assert(fc.property(fc.string(), (s) => void readJobText(s)), { numRuns: 200 });
  });
});
