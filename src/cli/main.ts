#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands/index.js';
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

await registerCommands(program, process.argv);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  // Help and --version end with exit code 0; everything else commander refuses is a usage error (already printed).
  process.exitCode = e.exitCode === 0 ? 0 : EXIT.usage;
}
