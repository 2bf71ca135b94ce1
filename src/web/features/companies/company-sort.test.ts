import { describe, expect, it } from 'vitest';
import type { Company } from '../../../contracts/companies.js';
import { sortRows } from '../../components/sorting';
import { companySortValue, type CompanyColumn } from './company-sort';

const company = (name: string, size: Company['size'], applicationCount: number, revisitOn: string | null): Company =>
  ({ id: name, name, website: null, size, notes: null, revisitOn, applicationCount, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' }) satisfies Company;

describe('sorting the companies table', () => {
  const rows = [company('Quill', '201-1000', 3, null), company('acme', '11-50', 7, '2026-12-01'), company('Birch', null, 0, '2026-11-20'), company('Delta', '1-10', 1, null)];
  const names = (key: CompanyColumn, order: 'asc' | 'desc') => sortRows(rows, { key, order }, companySortValue).map((c) => c.name);

  it('sorts by name A–Z regardless of case, by count, and by revisit day with missing days last', () => {
    expect(names('name', 'asc')).toEqual(['acme', 'Birch', 'Delta', 'Quill']);
    expect(names('applications', 'desc')).toEqual(['acme', 'Quill', 'Delta', 'Birch']);
    expect(names('revisitOn', 'asc')).toEqual(['Birch', 'acme', 'Quill', 'Delta']);
  });

  it('sorts sizes from small to large, not as text, with unknown sizes last', () => {
    expect(names('size', 'asc')).toEqual(['Delta', 'acme', 'Quill', 'Birch']);
    expect(names('size', 'desc')).toEqual(['Quill', 'acme', 'Delta', 'Birch']);
  });
});
