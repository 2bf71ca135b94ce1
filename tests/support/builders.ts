import type { ApplicationCreate } from '../../src/contracts/applications.js';
import { zApplicationCreate, type ApplicationCreateInput } from '../../src/contracts/applications.js';
import { createApplication } from '../../src/services/applications.service.js';
import { moveApplication } from '../../src/services/application-events.service.js';
import type { Stage } from '../../src/domain/applications/stages.js';
import type { ServiceContext } from '../../src/services/context.js';

let n = 0;

/** Valid input for a new application, with sensible defaults. */
export function buildApplication(overrides: Partial<ApplicationCreateInput> = {}): ApplicationCreate {
  n += 1;
  return zApplicationCreate.parse({ company: `Company ${n}`, title: 'Data Analyst', date: '2026-11-01', ...overrides });
}

/** Creates an application and walks it through `path` (one stage event per step, a day apart). */
export async function givenApplication(
  ctx: ServiceContext,
  overrides: Partial<ApplicationCreateInput> = {},
  path: Stage[] = [],
) {
  const input = buildApplication(overrides);
  let app = await createApplication(ctx, input);
  let day = new Date(`${input.date ?? '2026-11-01'}T00:00:00Z`);
  for (const stage of path) {
    day = new Date(day.getTime() + 86_400_000);
    app = (await moveApplication(ctx, app.id, { stage, occurredOn: day.toISOString().slice(0, 10) })).application;
  }
  return app;
}
