import { COMPANY_SIZES } from '../../../contracts/applications.js';
import type { Company } from '../../../contracts/companies.js';
import type { SortValue } from '../../components/sorting';

export type CompanyColumn = 'name' | 'size' | 'applications' | 'revisitOn';

/** The value a companies column sorts by: sizes in their natural order, not as text. */
export function companySortValue(c: Company, key: CompanyColumn): SortValue {
  switch (key) {
    case 'name':
      return c.name;
    case 'size':
      return c.size ? COMPANY_SIZES.indexOf(c.size) : null;
    case 'applications':
      return c.applicationCount;
    case 'revisitOn':
      return c.revisitOn;
  }
}
