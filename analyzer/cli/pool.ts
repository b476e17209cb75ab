// Where batch jobs run: inline in the main thread (--jobs 1), or on a pool of worker
// threads. Either way run() returns the job's result; callers keep the order.
import { Worker } from 'node:worker_threads';
import type { Job, JobResult, RenderOptions } from './job.ts';
import type { WorkerAnswer, WorkerRequest } from './worker.ts';

export interface Executor {
  run(job: Job): Promise<JobResult>;
  close(): Promise<void>;
}

/** Runs each job on the main thread, after yielding once so I/O and timers keep going. */
export function inlineExecutor(render: RenderOptions): Executor {
  // The analyzer is loaded on first use: with --jobs > 1 only the workers need it, and the
  // main thread stays small.
  let job: Promise<typeof import('./job.ts')> | undefined;
  return {
    run: async (j) => {
      const { runJob } = await (job ??= import('./job.ts'));
      return new Promise((resolve) => setImmediate(() => resolve(runJob(j, render))));
    },
    close: async () => {},
  };
}

/**
 * Work queued in one worker, so that it never waits for the main thread (which shares the
 * CPUs with the workers) to hand it the next job …
 */
const DEPTH = 32;
/**
 * … handed over, and answered, up to BATCH in one message: one message per article made a
 * 100 MB corpus with 2 jobs take 9.5 s instead of 8.8 s (8 per message), and 16 per message
 * saved another ~0.3 s. More in flight saved nothing and held more memory.
 */
const BATCH = 16;
/**
 * What a job counts for in DEPTH and BATCH: a file or a text 1, a slice of corpus lines
 * (about 15 articles) SLICE_WEIGHT: two slices to a message, four queued in a worker, so
 * that at the end of a corpus one worker does not hold many while the other has none.
 */
const SLICE_WEIGHT = 8;
const weightOf = (job: Job) => (job.corpusSlice ? SLICE_WEIGHT : 1);

interface Pending {
  job: Job;
  done: (o: JobResult) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** The weight of the pending jobs. */
  load: number;
}

/**
 * Old-generation heap of each worker, in MB: enough for a 5 MB article (checked). With 256
 * the heaps grew towards it and peak RSS of a 100 MB run varied from 220 to 300 MB; with 96
 * it stays about 220–235 MB at the same speed. BANTIN_WORKER_HEAP_MB overrides it (the tests
 * use a tiny heap to exercise the fallback below).
 */
const WORKER_HEAP_MB = Number(process.env.BANTIN_WORKER_HEAP_MB) || 96;

/**
 * Up to `size` workers running `entry` (worker-bundle.ts), started lazily (a one-line input
 * starts one). Jobs go to the worker with the least queued work, in batches; when all have
 * DEPTH queued they wait their turn.
 */
export function workerExecutor(size: number, render: RenderOptions, entry: URL): Executor {
  const slots: Slot[] = [];
  const waiting: WorkerRequest[] = [];
  const resolvers = new Map<number, Pending>();
  const inline = inlineExecutor(render);
  let seq = 0;
  let scheduled = false;

  const spawn = (): Slot => {
    // A worker's heap is capped so that the batch stays small in memory: V8 then collects
    // early instead of growing towards its default limit (without caps, peak RSS of a 100 MB
    // run with 2 jobs was ~420 MB). A young generation of 16 MB rather than 4 MB saves ~0.7 s
    // of collection for ~25 MB. The worker loads the analyzer bundled (worker-bundle.ts).
    const slot: Slot = {
      worker: new Worker(entry, { workerData: render, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 } }),
      pending: new Map(),
      load: 0,
    };
    slot.worker.on('message', (answers: WorkerAnswer[]) => {
      for (const { seq, outcome } of answers) {
        const pending = slot.pending.get(seq)!;
        slot.load -= weightOf(pending.job);
        slot.pending.delete(seq);
        pending.done(outcome);
      }
      pump();
    });
    // A worker that dies (an article too big for its heap) is replaced, and its queued jobs
    // run again on the main thread, whose heap is not capped: nothing is lost.
    const fail = () => {
      const i = slots.indexOf(slot);
      if (i < 0) return;
      slots.splice(i, 1);
      for (const { job, done } of slot.pending.values()) void inline.run(job).then(done);
      slot.pending.clear();
      slot.load = 0;
      pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', fail);
    slots.push(slot);
    return slot;
  };

  const pump = () => {
    while (waiting.length) {
      let best = slots.reduce<Slot | undefined>((b, s) => (!b || s.load < b.load ? s : b), undefined);
      if ((!best || best.load > 0) && slots.length < size) best = spawn();
      if (!best || best.load >= DEPTH) return;
      const batch: WorkerRequest[] = [];
      let weight = 0;
      while (waiting.length && weight < BATCH && best.load + weight < DEPTH) {
        const req = waiting.shift()!;
        batch.push(req);
        weight += weightOf(req.job);
        best.pending.set(req.seq, resolvers.get(req.seq)!);
        resolvers.delete(req.seq);
      }
      best.load += weight;
      best.worker.postMessage(batch);
    }
  };

  return {
    run(job) {
      return new Promise((resolve) => {
        const req = { seq: seq++, job };
        resolvers.set(req.seq, { job, done: resolve });
        waiting.push(req);
        // Jobs that arrive together (the files of a folder, the slices of one read) leave together.
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => {
            scheduled = false;
            pump();
          });
        }
      });
    },
    async close() {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
