// Messages between the scan command and its worker threads. Only plain data crosses: each worker loads
// and compiles the same rule packs itself, so nothing with functions or RegExps is sent.
import type { ContractReport } from '../scan.js';
import type { InputFile } from '../walk.js';

export interface WorkerConfig {
  /** Rule pack paths given with --rules. */
  rules: string[];
  builtin: boolean;
  /** Policy file, or undefined for the built-in one. */
  policy: string | undefined;
  maxBytes: number;
}

export type ToWorker = { id: number; input: InputFile };
export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; id: number; report: ContractReport };
