// Worker thread of `bantin analyze --jobs N`: runs jobs one at a time, in arrival order,
// and posts each outcome back with its sequence number. Started through worker.mjs,
// which registers tsx in this thread first.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './job.ts';
import type { Job, RenderOptions } from './job.ts';

export interface WorkerRequest {
  seq: number;
  job: Job;
}

const render = workerData as RenderOptions;

parentPort!.on('message', ({ seq, job }: WorkerRequest) => {
  parentPort!.postMessage({ seq, ...runJob(job, render) });
});
