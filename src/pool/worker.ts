// A scan worker: loads the packs once, then scans the files it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { loadRulePacks } from '../rules/load.js';
import { compilePacks } from '../rules/compile.js';
import { BUILTIN_POLICY, BUILTIN_RULES_DIR } from '../rules/builtin.js';
import { loadPolicy } from '../assess/policy.js';
import { scanFile } from '../scan.js';
import type { FromWorker, ToWorker, WorkerConfig } from './protocol.js';

const config = workerData as WorkerConfig;
const port = parentPort!;
const send = (m: FromWorker) => port.postMessage(m);

const loaded = loadRulePacks(config.rules, config.builtin, BUILTIN_RULES_DIR);
const policy = loadPolicy(config.policy ?? BUILTIN_POLICY);
if (loaded.problems.length || !policy.ok) {
  // The main thread checked the same files a moment ago; only a change on disk in between lands here.
  send({ kind: 'failed', message: 'rule packs or policy changed while scanning' });
} else {
  const rules = compilePacks(loaded.packs);
  port.on('message', async (m: ToWorker) => {
    const report = await scanFile(m.input, rules, policy.policy, { maxBytes: config.maxBytes });
    send({ kind: 'done', id: m.id, report });
  });
  send({ kind: 'ready' });
}
