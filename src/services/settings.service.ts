import { DEFAULT_SETTINGS, zSettings, type Settings, type SettingsUpdate } from '../contracts/settings.js';
import { getSettingValues, putSettingValue } from '../db/repos/users.repo.js';
import { todayIn } from '../domain/time.js';
import type { ServiceContext } from './context.js';

function parseStored(values: Record<string, string>): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, raw] of Object.entries(values)) {
    try {
      merged[key] = JSON.parse(raw);
    } catch {
      // A value that no longer parses falls back to its default.
    }
  }
  const parsed = zSettings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function getSettings(ctx: ServiceContext): Promise<Settings> {
  return parseStored(await getSettingValues(ctx.db, ctx.ownerId));
}

export async function updateSettings(ctx: ServiceContext, update: SettingsUpdate): Promise<Settings> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const [key, value] of Object.entries(update)) {
      if (value !== undefined) await putSettingValue(trx, ctx.ownerId, key, JSON.stringify(value));
    }
  });
  return getSettings(ctx);
}

/** Today, in the user's time zone. */
export async function today(ctx: ServiceContext): Promise<string> {
  const settings = await getSettings(ctx);
  return todayIn(settings.timezone, ctx.now());
}
