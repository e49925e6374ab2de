// The edge: parses arguments, calls the pure core, prints. Exit codes are documented in README.md.
import { Command, CommanderError } from 'commander';
import { VERSION } from '../version.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let code = 0;
  program
    .name('weerbaar')
    .description('Audit contracts for change-of-control, non-EU takeover, escrow, step-in and exit clauses.')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    throw e;
  }
  return code;
}
