import type { Kysely } from 'kysely';
import type { DB } from '../schema.js';
import { companyKey } from './companies.repo.js';

export interface SimilarRow {
  id: string;
  company: string;
  title: string;
  job_url: string | null;
  status: string | null;
  applied_on: string | null;
}

/** Applications at this company, or with this posting URL. */
export async function applicationsLike(db: Kysely<DB>, ownerId: string, company: string | null, url: string | null): Promise<SimilarRow[]> {
  if (!company && !url) return [];
  return db
    .selectFrom('applications as a')
    .innerJoin('companies as c', 'c.id', 'a.company_id')
    .leftJoin('application_state as s', 's.application_id', 'a.id')
    .select(['a.id', 'c.name as company', 'a.title', 'a.job_url', 's.status', 's.applied_on'])
    .where('a.owner_id', '=', ownerId)
    .where((eb) => {
      const ors = [];
      if (company) ors.push(eb('c.name_key', '=', companyKey(company)));
      if (url) ors.push(eb('a.job_url', '=', url));
      return eb.or(ors);
    })
    .limit(50)
    .execute();
}
