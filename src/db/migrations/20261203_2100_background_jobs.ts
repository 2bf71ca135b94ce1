import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Background jobs of hosted mode (docs/decisions/0024-background-jobs.md). pg-boss
 * keeps the queue in its own schema; these tables keep what a person sees: the
 * job's state and progress, the upload it reads (app servers keep no files), and
 * which agenda items were already mailed today.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const binary = db.getExecutor().adapter instanceof PostgresAdapter ? 'bytea' : 'blob';
  await db.schema
    .createTable('background_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // mail_import | csv_import
    .addColumn('state', 'text', (c) => c.notNull()) // queued | running | done | failed
    .addColumn('params', 'text', (c) => c.notNull()) // JSON: the options the job was asked with
    .addColumn('progress', 'text') // JSON
    .addColumn('result', 'text') // JSON
    .addColumn('error', 'text')
    .addColumn('upload_bytes', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull()) // the worker's heartbeat while it runs
    .execute();
  await db.schema.createIndex('background_jobs_owner').on('background_jobs').columns(['owner_id', 'created_at']).execute();
  await db.schema
    .createTable('job_uploads')
    .addColumn('job_id', 'text', (c) => c.notNull().references('background_jobs.id').onDelete('cascade'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('chunk', binary, (c) => c.notNull())
    .addPrimaryKeyConstraint('job_uploads_pk', ['job_id', 'seq'])
    .execute();
  await db.schema
    .createTable('reminders_sent')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reminders_sent_pk', ['owner_id', 'item_key', 'day'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reminders_sent').execute();
  await db.schema.dropTable('job_uploads').execute();
  await db.schema.dropTable('background_jobs').execute();
}
