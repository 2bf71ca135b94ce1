import type { Kysely } from 'kysely';

/**
 * Mail import (docs/decisions/0006-mail-import.md): every message read once
 * per owner (keyed by Message-ID, or a content hash when it has none), and
 * the proposals waiting in the review queue. JSON is stored as text; scores
 * are double precision on both databases.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('message_key', 'text', (c) => c.notNull()) // "<message-id>" or "sha256:…"
    .addColumn('message_id', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('from_address', 'text')
    .addColumn('from_name', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // proposed | skipped
    .addColumn('skip_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('mail_messages_owner_key_uq', ['owner_id', 'message_key'])
    .execute();

  await db.schema
    .createTable('mail_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('mail_message_id', 'text', (c) => c.notNull().references('mail_messages.id').onDelete('cascade'))
    .addColumn('application_id', 'text', (c) => c.references('applications.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull()) // the reader's kind
    .addColumn('action', 'text', (c) => c.notNull()) // stage | note
    .addColumn('stage', 'text')
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('reader_result', 'text', (c) => c.notNull()) // JSON
    .addColumn('match_score', 'double precision', (c) => c.notNull())
    .addColumn('match_reasons', 'text', (c) => c.notNull()) // JSON
    .addColumn('proposed_company', 'text')
    .addColumn('proposed_title', 'text')
    .addColumn('status', 'text', (c) => c.notNull()) // pending | accepted | dismissed
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('mail_proposals_owner_status_ix').on('mail_proposals').columns(['owner_id', 'status', 'created_at']).execute();
  await db.schema.createIndex('mail_proposals_message_ix').on('mail_proposals').columns(['mail_message_id']).execute();
  await db.schema.createIndex('mail_proposals_application_ix').on('mail_proposals').columns(['application_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_proposals').execute();
  await db.schema.dropTable('mail_messages').execute();
}
