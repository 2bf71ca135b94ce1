import type { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Every command module, in the order `debrief --help` lists them, with the command names (and aliases) it registers.
 * A command run by name loads only its own module: `debrief parse-email` need not load the database layer.
 * Help and a name that is not here load them all, so commander can list or suggest every command; --version loads none.
 */
export const COMMAND_MODULES: readonly { names: readonly string[]; load: () => Promise<Register> }[] = [
  { names: ['serve'], load: async () => (await import('./serve.js')).registerServe },
  { names: ['add', 'list', 'ls', 'show', 'edit', 'move', 'rm'], load: async () => (await import('./applications.js')).registerApplicationCommands },
  { names: ['ghost', 'undo', 'note', 'settings'], load: async () => (await import('./timeline.js')).registerTimelineCommands },
  { names: ['reject', 'debrief', 'drafts', 'journal'], load: async () => (await import('./debrief.js')).registerDebriefCommands },
  { names: ['demo'], load: async () => (await import('./demo.js')).registerDemo },
  { names: ['parse-email'], load: async () => (await import('./parse-email.js')).registerParseEmail },
  { names: ['insights'], load: async () => (await import('./insights.js')).registerInsights },
  { names: ['questions'], load: async () => (await import('./questions.js')).registerQuestionCommands },
  { names: ['stories'], load: async () => (await import('./stories.js')).registerStoryCommands },
  { names: ['practice'], load: async () => (await import('./practice.js')).registerPracticeCommands },
  { names: ['plan'], load: async () => (await import('./plan.js')).registerPlanCommands },
  { names: ['import-mail', 'proposals'], load: async () => (await import('./import-mail.js')).registerImportMail },
  { names: ['mail'], load: async () => (await import('./mail.js')).registerMailCommands },
  { names: ['import', 'export', 'backup', 'restore'], load: async () => (await import('./import-export.js')).registerImportExportCommands },
  { names: ['contacts'], load: async () => (await import('./contacts.js')).registerContactCommands },
  { names: ['agenda', 'calendar'], load: async () => (await import('./agenda.js')).registerAgendaCommands },
  { names: ['goals', 'review'], load: async () => (await import('./momentum.js')).registerMomentumCommands },
  { names: ['admin'], load: async () => (await import('./admin.js')).registerAdminCommands },
  { names: ['worker'], load: async () => (await import('./worker.js')).registerWorker },
  { names: ['push'], load: async () => (await import('./push.js')).registerPush },
];

/** Registers the commands `argv` can run: the named command's module alone, or every module. */
export async function registerCommands(program: Command, argv: readonly string[]): Promise<void> {
  // the program's own options are only --help and --version: an option first means no command is run by name
  const first = argv[2];
  if (first === '-V' || first === '--version') return;
  const own = COMMAND_MODULES.find((module) => first !== undefined && module.names.includes(first));
  const modules = own ? [own] : COMMAND_MODULES;
  for (const register of await Promise.all(modules.map((module) => module.load()))) register(program);
}
