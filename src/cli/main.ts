#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerAgendaCommands } from './commands/agenda.js';
import { registerAdminCommands } from './commands/admin.js';
import { registerApplicationCommands } from './commands/applications.js';
import { registerContactCommands } from './commands/contacts.js';
import { registerDebriefCommands } from './commands/debrief.js';
import { registerDemo } from './commands/demo.js';
import { registerImportExportCommands } from './commands/import-export.js';
import { registerImportMail } from './commands/import-mail.js';
import { registerInsights } from './commands/insights.js';
import { registerMailCommands } from './commands/mail.js';
import { registerMomentumCommands } from './commands/momentum.js';
import { registerParseEmail } from './commands/parse-email.js';
import { registerPlanCommands } from './commands/plan.js';
import { registerPracticeCommands } from './commands/practice.js';
import { registerPush } from './commands/push.js';
import { registerQuestionCommands } from './commands/questions.js';
import { registerStoryCommands } from './commands/stories.js';
import { registerServe } from './commands/serve.js';
import { registerTimelineCommands } from './commands/timeline.js';
import { registerWorker } from './commands/worker.js';
import { useCliMessages } from './input.js';
import { EXIT } from './runtime.js';

useCliMessages();

// a reader that stops early (`debrief list | head`) closes the pipe: that is the reader's choice, not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

const program = new Command();
program
  .name('debrief')
  .description('Debrief — a job-search tracker that turns every rejection into learning.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  // Commander's own refusals (a missing option or argument, an unknown option) are bad input: exit 2.
  .exitOverride()
  .addHelpText(
    'after',
    '\nData lives in $DEBRIEF_DATA_DIR (default ~/.local/share/debrief); set DATABASE_URL=postgres://… to use PostgreSQL.\nIds can be shortened to any unique prefix.',
  );

registerServe(program);
registerApplicationCommands(program);
registerTimelineCommands(program);
registerDebriefCommands(program);
registerDemo(program);
registerParseEmail(program);
registerInsights(program);
registerQuestionCommands(program);
registerStoryCommands(program);
registerPracticeCommands(program);
registerPlanCommands(program);
registerImportMail(program);
registerMailCommands(program);
registerImportExportCommands(program);
registerContactCommands(program);
registerAgendaCommands(program);
registerMomentumCommands(program);
registerAdminCommands(program);
registerWorker(program);
registerPush(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  // Help and --version end with exit code 0; everything else commander refuses is a usage error (already printed).
  process.exitCode = e.exitCode === 0 ? 0 : EXIT.usage;
}
