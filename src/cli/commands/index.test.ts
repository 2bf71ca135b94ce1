import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES, registerCommands } from './index.js';

const namesOf = (program: Command): string[] => program.commands.flatMap((command) => [command.name(), ...command.aliases()]);
const argv = (...args: string[]) => ['node', 'debrief', ...args];

describe('the CLI loads only the module of the command it runs', () => {
  it('names, for every module, exactly the commands and aliases it registers', async () => {
    for (const module of COMMAND_MODULES) {
      const program = new Command();
      (await module.load())(program);
      expect(namesOf(program).sort()).toEqual([...module.names].sort());
    }
  });

  it('registers every command for help or an unknown name, so commander can list and suggest them', async () => {
    const all = COMMAND_MODULES.flatMap((module) => module.names);
    expect(new Set(all).size).toBe(all.length);
    for (const args of [[], ['--help'], ['--help', 'move'], ['help', 'list'], ['lst']]) {
      const program = new Command();
      await registerCommands(program, argv(...args));
      expect(namesOf(program).sort()).toEqual([...all].sort());
    }
  });

  it('registers the named command alone, found by its alias too', async () => {
    for (const [args, expected] of [
      [['ls', '--json'], 'list'],
      [['parse-email', '-'], 'parse-email'],
      [['move', 'abc', 'interview', '--help'], 'move'],
      [['calendar'], 'agenda'],
    ] as const) {
      const program = new Command();
      await registerCommands(program, argv(...args));
      const own = COMMAND_MODULES.find((module) => module.names.includes(expected));
      expect(namesOf(program).sort()).toEqual([...(own?.names ?? [])].sort());
    }
  });

  it('registers nothing to print the version', async () => {
    const program = new Command();
    await registerCommands(program, argv('--version'));
    expect(program.commands).toEqual([]);
  });
});
