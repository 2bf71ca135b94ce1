import { homedir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, isPostgresUrl, type Database } from './connect.js';
import { migrate } from './migrate.js';
import { ensureUser } from './repos/users.repo.js';

/**
 * Where local data lives: DEBRIEF_DATA_DIR, else the XDG data directory
 * ($XDG_DATA_HOME/debrief, by default ~/.local/share/debrief).
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DEBRIEF_DATA_DIR) return env.DEBRIEF_DATA_DIR;
  const xdg = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(xdg, 'debrief');
}

export function sqlitePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(dataDir(env), 'debrief.sqlite');
}

/**
 * Opens the database the environment names (DATABASE_URL=postgres://… or the
 * local SQLite file), migrates it and makes sure the user exists.
 */
export async function openAppDatabase(
  env: NodeJS.ProcessEnv = process.env,
  ownerId: string | null = 'local',
): Promise<Database> {
  const url = env.DATABASE_URL;
  if (url && !isPostgresUrl(url)) {
    throw new Error(`DATABASE_URL must start with postgres:// (got "${url.slice(0, 20)}…"). Leave it unset to use the local SQLite file.`);
  }
  const database = openDatabase(url ? { url } : { sqlitePath: sqlitePath(env) });
  try {
    await migrate(database.db);
    // Hosted mode passes no owner: each account makes its own when it is created.
    if (ownerId !== null) await ensureUser(database.db, ownerId, 'Me', new Date().toISOString());
  } catch (e) {
    await database.close();
    throw e;
  }
  return database;
}
