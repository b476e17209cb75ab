// Worker thread of `bantin analyze --jobs N`: runs jobs one at a time, in arrival order,
// and posts their outcomes back with their sequence numbers, one message per batch of jobs
// (pool.ts). Loaded bundled (worker-bundle.ts), or through worker.mjs, which registers tsx.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './job.ts';
import type { Job, JobResult, RenderOptions } from './job.ts';

export interface WorkerRequest {
  seq: number;
  job: Job;
}

export interface WorkerAnswer {
  seq: number;
  outcome: JobResult;
}

const render = workerData as RenderOptions;

parentPort!.on('message', (batch: WorkerRequest[]) => {
  const answers = batch.map(({ seq, job }): WorkerAnswer => ({ seq, outcome: runJob(job, render) }));
  // Output bytes (of corpus slices) are handed over, not copied: each has its own buffer.
  const transfer: ArrayBuffer[] = [];
  for (const { outcome } of answers) {
    for (const o of Array.isArray(outcome) ? outcome : [outcome]) if (o.ok && typeof o.chunk !== 'string') transfer.push(o.chunk.buffer as ArrayBuffer);
  }
  parentPort!.postMessage(answers, transfer);
});
