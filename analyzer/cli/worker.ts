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
  parentPort!.postMessage(batch.map(({ seq, job }): WorkerAnswer => ({ seq, outcome: runJob(job, render) })));
});
