// The edge: parses arguments, calls the core, prints. Exit codes (README): 0 fine, 1 --fail-on tripped,
// 2 usage or rule-pack error, 3 some file could not be read (extract).
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { extractCommand } from './extract-cmd.js';
import { scanCommand } from './scan-cmd.js';
import { rulesListCommand, rulesTestCommand } from './rules-cmd.js';
import { explainCommand } from './explain-cmd.js';
import { withMaxSize, withPacks } from './options.js';

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const set = (c: number) => { code = c; };
  const program = new Command()
    .name('weerbaar')
    .description('Audit contracts (PDF, Word, text; Dutch or English) for change-of-control, non-EU takeover, escrow, step-in and exit clauses, with the article and page as evidence.')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  withMaxSize(program
    .command('extract')
    .description('print the text, pages and numbered articles weerbaar reads from each file')
    .argument('<file...>', 'PDF, DOCX or text files')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text')))
    .action(async (files: string[], o) => set(await extractCommand(files, o)));

  withMaxSize(withPacks(program
    .command('scan')
    .description('scan files and folders; a verdict per contract and a portfolio summary')
    .argument('<paths...>', 'files and folders (folders are read recursively)')))
    .option('--policy <file>', 'verdict policy (default: the built-in rules/policy.yml)')
    .addOption(new Option('--format <format>', 'report format').choices(['table', 'json', 'csv']).default('table'))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .option('--csv-delimiter <char>', "CSV delimiter (';' for Dutch Excel)", ',')
    .addOption(new Option('--fail-on <level>', 'exit 1 when any contract is at or below this level').choices(['unknown', 'unprotected', 'partial']))
    .option('--quiet', 'no progress or warnings on standard error')
    .option('--jobs <n>', 'files read in parallel (worker threads)', String(Math.min(4, availableParallelism())))
    .option('--timeout <seconds>', 'stop reading a file after this long (with --jobs above 1)', '120')
    .action(async (paths: string[], o) => set(await scanCommand(paths, o)));

  withPacks(program
    .command('explain')
    .description('show, per clause, the candidate sentences, which rule fired or was vetoed, and why')
    .argument('<file>', 'one contract')
    .option('--clause <id>', 'only this clause'))
    .option('--all', 'also list candidate sentences where no part of a rule held beyond one word')
    .action(async (file: string, o) => set(await explainCommand(file, o)));

  const rules = program.command('rules').description('work with rule packs');
  rules
    .command('test')
    .description("run every rule's match / nomatch examples")
    .argument('[paths...]', 'packs to test (default: the built-in packs)')
    .action(async (paths: string[]) => set(rulesTestCommand(paths)));
  rules
    .command('list')
    .description('list packs and their rules')
    .argument('[paths...]', 'packs to list (default: the built-in packs)')
    .action(async (paths: string[]) => set(rulesListCommand(paths)));

  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(e.code)) return 0;
      return 2;
    }
    throw e;
  }
  return code;
}
