import type { Command } from 'commander';
import { loadSampleSearch } from '../../services/demo.service.js';
import { action, withContext } from '../runtime.js';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('load a sample three-month job search into an empty tracker')
    .action(
      action(async () => {
        const { created } = await withContext((ctx) => loadSampleSearch(ctx));
        console.log(`Loaded a sample job search: ${created} applications over the last three months. Try \`debrief list\` or \`debrief serve\`.`);
      }),
    );
}
