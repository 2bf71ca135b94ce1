import { describe, expect, it } from 'vitest';
import { classifyRole, normaliseTitle, ROLE_FAMILIES, SENIORITIES } from './role-family.js';

describe('classifyRole', () => {
  it.each([
    // title, role family, seniority
    ['Sr. Software Engineer', 'engineering', 'senior'],
    ['Software Engineer', 'engineering', 'mid'],
    ['Software Engineer I', 'engineering', 'junior'],
    ['Software Engineer III', 'engineering', 'senior'],
    ['Junior Front-End Developer', 'engineering', 'junior'],
    ['Full Stack Developer (React/Node)', 'engineering', 'mid'],
    ['Staff SRE', 'engineering', 'lead'],
    ['Principal Engineer, Platform', 'engineering', 'lead'],
    ['Tech Lead - Backend', 'engineering', 'lead'],
    ['Engineering Manager', 'engineering', 'manager'],
    ['Senior Engineering Manager', 'engineering', 'manager'],
    ['Director of Engineering', 'engineering', 'director'],
    ['CTO', 'engineering', 'director'],
    ['DevOps Engineer', 'engineering', 'mid'],
    ['QA Automation Engineer', 'engineering', 'mid'],
    ['iOS Developer', 'engineering', 'mid'],
    ['Security Analyst', 'engineering', 'mid'],
    ['Solutions Architect', 'engineering', 'mid'],
    ['Data Scientist Intern', 'data', 'intern'],
    ['Senior Data Scientist', 'data', 'senior'],
    ['Data Engineer', 'data', 'mid'],
    ['Machine Learning Engineer', 'data', 'mid'],
    ['ML Engineer II', 'data', 'mid'],
    ['BI Developer', 'data', 'mid'],
    ['Graduate Analyst', 'data', 'junior'],
    ['Analytics Lead', 'data', 'lead'],
    ['Product Analyst', 'data', 'mid'],
    ['UX/UI Designer II', 'design', 'mid'],
    ['Senior Product Designer', 'design', 'senior'],
    ['Graphic Designer', 'design', 'mid'],
    ['Lead UX Researcher', 'design', 'lead'],
    ['Design Manager', 'design', 'manager'],
    ['Creative Director', 'design', 'director'],
    ['Head of Product', 'product', 'director'],
    ['Product Manager', 'product', 'mid'],
    ['Senior Product Manager', 'product', 'senior'],
    ['Associate Product Manager', 'product', 'junior'],
    ['Group Product Manager', 'product', 'manager'],
    ['Principal Product Manager', 'product', 'lead'],
    ['Product Owner', 'product', 'mid'],
    ['VP of Product', 'product', 'director'],
    ['Product Marketing Manager', 'marketing', 'manager'],
    ['Content Marketing Specialist', 'marketing', 'mid'],
    ['SEO Specialist', 'marketing', 'mid'],
    ['Social Media Manager', 'marketing', 'mid'],
    ['Chief Marketing Officer', 'marketing', 'director'],
    ['Marketing Intern', 'marketing', 'intern'],
    ['VP Sales', 'sales', 'director'],
    ['Account Executive', 'sales', 'mid'],
    ['Senior Account Manager', 'sales', 'senior'],
    ['SDR', 'sales', 'mid'],
    ['Sales Engineer', 'sales', 'mid'],
    ['Business Development Representative', 'sales', 'mid'],
    ['Sales Manager', 'sales', 'manager'],
    ['Operations Manager', 'operations', 'manager'],
    ['Project Manager', 'operations', 'mid'],
    ['Technical Program Manager', 'operations', 'mid'],
    ['Supply Chain Analyst', 'operations', 'mid'],
    ['Executive Assistant', 'operations', 'mid'],
    ['Chief Operating Officer', 'operations', 'director'],
    ['Financial Analyst', 'finance', 'mid'],
    ['Staff Accountant', 'finance', 'mid'],
    ['FP&A Manager', 'finance', 'manager'],
    ['Junior Accountant', 'finance', 'junior'],
    ['CFO', 'finance', 'director'],
    ['HR Business Partner', 'people', 'mid'],
    ['Technical Recruiter', 'people', 'mid'],
    ['Talent Acquisition Lead', 'people', 'lead'],
    ['Head of People', 'people', 'director'],
    ['People Operations Coordinator', 'people', 'mid'],
    ['Customer Support Specialist', 'customer_support', 'mid'],
    ['Customer Success Manager', 'customer_support', 'mid'],
    ['Technical Support Engineer', 'customer_support', 'mid'],
    ['Help Desk Technician', 'customer_support', 'mid'],
    ['Research Scientist', 'research', 'mid'],
    ['Senior Research Engineer', 'research', 'senior'],
    ['Applied Scientist', 'research', 'mid'],
    ['Postdoctoral Researcher', 'research', 'mid'],
    ['Barista', 'other', 'mid'],
    ['Chef de Partie', 'other', 'mid'],
    ['', 'other', 'mid'],
    ['Ingénieur Logiciel Senior', 'other', 'senior'],
    ['International Sales Associate', 'sales', 'junior'],
    ['Internal Auditor', 'finance', 'mid'],
  ] as const)('%j → %s, %s', (title, roleFamily, seniority) => {
    expect(classifyRole(title)).toEqual({ roleFamily, seniority });
  });

  it('always answers with a known family and seniority', () => {
    for (const title of ['???', '12345', 'Ninja Rockstar Guru', 'VP, Head of Chief Intern']) {
      const { roleFamily, seniority } = classifyRole(title);
      expect(ROLE_FAMILIES).toContain(roleFamily);
      expect(SENIORITIES).toContain(seniority);
    }
  });
});

describe('normaliseTitle', () => {
  it.each([
    ['Sr. UX/UI Designer', ' sr ux ui designer '],
    ['Ingénieur', ' ingenieur '],
    ['C++ / C# Developer', ' c++ c# developer '],
  ])('%j → %j', (title, want) => {
    expect(normaliseTitle(title)).toBe(want);
  });
});
