// Options several commands share, declared and checked once.
import { Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MAX_BYTES } from '../extract/index.js';

/** `--max-size MiB`, parsed to bytes; a bad value is a usage error (exit 2). */
export function withMaxSize(cmd: Command): Command {
  return cmd.addOption(
    new Option('--max-size <MiB>', 'refuse files larger than this')
      .argParser((v: string) => {
        const n = Number(v);
        if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a positive number of MiB');
        return n * 1024 * 1024;
      })
      .default(DEFAULT_MAX_BYTES, '50'),
  );
}

/** `--rules` and `--no-builtin`: which rule packs a command runs with. */
export function withPacks(cmd: Command): Command {
  return cmd
    .option('--rules <path...>', 'more rule packs (YAML files or folders)')
    .option('--no-builtin', 'do not load the built-in rule packs');
}
