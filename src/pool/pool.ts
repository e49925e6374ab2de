// Scanning many files on all cores. Each file goes to a worker thread; a file that takes longer than
// the limit (a hostile or broken PDF can keep pdf.js busy) has its worker stopped and replaced, and is
// reported as E_TIMEOUT, so one file never stalls the run.
import { Worker } from 'node:worker_threads';
import type { ContractReport } from '../scan.js';
import { failedReport } from '../scan.js';
import type { InputFile } from '../walk.js';
import type { Policy } from '../assess/policy.js';
import type { FromWorker, WorkerConfig } from './protocol.js';

/** Heap per worker thread; a file that needs more is reported as unreadable. */
const WORKER_HEAP_MB = 2048;

export interface PoolOptions {
  jobs: number;
  timeoutMs: number;
  /** Called as each file is done, in completion order. */
  onReport?: (r: ContractReport) => void;
}

export async function scanInWorkers(files: InputFile[], config: WorkerConfig, policy: Policy, opts: PoolOptions): Promise<ContractReport[]> {
  const reports: ContractReport[] = new Array(files.length);
  let next = 0;
  let fatal: Error | null = null;
  const url = new URL('./worker.js', import.meta.url);

  const runner = () =>
    new Promise<void>((resolve) => {
      let worker: Worker;
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      const finish = (i: number, r: ContractReport) => {
        clearTimeout(timer);
        reports[i] = r;
        opts.onReport?.(r);
        current = -1;
      };
      const feed = () => {
        if (fatal || next >= files.length) {
          void worker.terminate();
          resolve();
          return;
        }
        current = next++;
        const i = current;
        timer = setTimeout(() => {
          const f = files[i]!;
          finish(i, failedReport(f.display, '', { code: 'E_TIMEOUT', message: `${f.path}: reading took longer than ${Math.round(opts.timeoutMs / 1000)} s and was stopped; the file may be malformed` }, policy));
          void worker.terminate();
          start();
        }, opts.timeoutMs);
        worker.postMessage({ id: i, input: files[i] });
      };
      const start = () => {
        // A memory limit per worker: a zip bomb or a runaway parser takes down its worker, not the run.
        worker = new Worker(url, { workerData: config, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
        worker.on('message', (m: FromWorker) => {
          if (m.kind === 'ready') feed();
          else if (m.kind === 'failed') {
            fatal = new Error(m.message);
            void worker.terminate();
            resolve();
          } else if (m.kind === 'done' && m.id === current) {
            finish(m.id, m.report);
            feed();
          }
        });
        worker.on('error', (e) => {
          // A worker that cannot even start will not start next time either.
          if (current < 0) {
            fatal = e;
            resolve();
            return;
          }
          // A crash inside a parser: that file gets the error, the run goes on with a fresh worker.
          {
            const f = files[current]!;
            finish(current, failedReport(f.display, '', { code: 'E_CORRUPT', message: `${f.path}: reading failed (${String(e.message).slice(0, 160)})` }, policy));
          }
          start();
        });
      };
      start();
    });

  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.jobs, files.length)) }, runner));
  if (fatal) throw fatal;
  return reports;
}
