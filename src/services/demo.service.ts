import { buildSampleSearch } from '../domain/demo/sample-search.js';
import { countApplications } from '../db/repos/applications.repo.js';
import { insertApplication, replaceTags } from '../db/repos/applications.repo.js';
import { updateCompany } from '../db/repos/companies.repo.js';
import { insertEvents } from '../db/repos/events.repo.js';
import { refreshApplicationState } from '../db/repos/derived-state.js';
import { classifyRole } from '../domain/applications/role-family.js';
import { newId } from '../domain/ids.js';
import { ensureCompanyId } from './companies.service.js';
import type { ServiceContext } from './context.js';
import { ServiceError } from './errors.js';
import { today } from './settings.service.js';

/**
 * Loads the sample job search into an empty tracker, in one transaction:
 * either all of it is there afterwards or none of it.
 */
export async function loadSampleSearch(ctx: ServiceContext): Promise<{ created: number }> {
  const day = await today(ctx);
  const sample = buildSampleSearch(day);
  await ctx.db.transaction().execute(async (trx) => {
    if ((await countApplications(trx, ctx.ownerId)) > 0) {
      throw new ServiceError('conflict', 'The sample job search can only be loaded into an empty tracker; you already have applications.');
    }
    for (const [i, app] of sample.entries()) {
      // Distinct creation instants keep "recently changed" ordering stable.
      const stamp = new Date(ctx.now().getTime() - (sample.length - i) * 1000).toISOString();
      const companyId = await ensureCompanyId(trx, ctx.ownerId, app.company, stamp);
      await updateCompany(trx, ctx.ownerId, companyId, { size: app.companySize });
      const id = newId();
      const role = classifyRole(app.title);
      await insertApplication(trx, {
        id,
        owner_id: ctx.ownerId,
        company_id: companyId,
        title: app.title,
        source: app.source,
        referral: Number(app.referral),
        referrer: null,
        resume_version: app.resumeVersion,
        tailored: Number(app.tailored),
        fit: app.fit,
        excitement: app.excitement,
        salary_min: app.salaryMin,
        salary_max: app.salaryMax,
        salary_currency: 'EUR',
        location: app.location,
        remote: app.remote,
        job_url: null,
        description: null,
        notes: app.notes,
        role_family: role.roleFamily,
        seniority: role.seniority,
        created_at: stamp,
        updated_at: stamp,
      });
      await replaceTags(trx, ctx.ownerId, id, app.tags);
      await insertEvents(
        trx,
        app.events.map((e, k) => ({
          id: newId(),
          owner_id: ctx.ownerId,
          application_id: id,
          stage: e.stage,
          occurred_on: e.occurredOn,
          round: e.round,
          interview_type: e.interviewType,
          note: e.note,
          created_at: new Date(Date.parse(stamp) + k).toISOString(),
        })),
      );
    }
    await refreshApplicationState(trx, ctx.ownerId, day);
  });
  return { created: sample.length };
}
