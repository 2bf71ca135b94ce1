import type { Command } from 'commander';
import { loadSampleSearch, removeSampleSearch } from '../../services/demo.service.js';
import { action, withContext } from '../runtime.js';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load a sample three-month job search (debriefs, journal, question bank included); --remove takes it away again')
    .option('--remove', 'remove the sample job search; your own applications and entries stay')
    .action(
      action(async (opts: { remove?: boolean }) => {
        if (opts.remove) {
          const removed = await withContext((ctx) => removeSampleSearch(ctx));
          if (removed.applications === 0 && removed.checkIns === 0 && removed.questions === 0) {
            console.log('There is no sample job search to remove.');
            return;
          }
          console.log(
            `Removed the sample job search: ${plural(removed.applications, 'application')}, ${plural(removed.checkIns, 'journal entry', 'journal entries')} and ${plural(removed.questions, 'practice question')}. Your own data is untouched.`,
          );
          return;
        }
        const loaded = await withContext((ctx) => loadSampleSearch(ctx));
        console.log(
          `Loaded a sample job search: ${loaded.created} applications over the last three months, ${plural(loaded.debriefs, 'debrief')} and ${plural(loaded.journalEntries, 'journal entry', 'journal entries')}. Try \`debrief list\`, \`debrief insights\` or \`debrief serve\`; \`debrief demo --remove\` takes it away again.`,
        );
      }),
    );
}
