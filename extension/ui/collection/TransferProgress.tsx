// Progress of a long import or export on the collection page, and its cancel.
//
// useTransfer() runs one piece of long work (an import, a CSV or JSON export) with an
// AbortController and a progress callback (storage/transfer.ts: TransferOptions) and gives
// what <TransferProgress> draws: a native <progress> (role progressbar, its value the
// percent done), the counts as text ('writing: articles 1,200 / 10,000 · facts 12,000 /
// 100,000') and a Cancel button.
//
// Keyboard and screen readers: the Cancel button takes the focus when the work starts (the
// button that started it is disabled meanwhile) and gives it back when it ends; Esc cancels
// too. The counts are not a live region (they change a few dozen times); a separate polite
// status says the percent done at each quarter only.

import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import type { TransferOptions, TransferProgress as Progress } from '../../storage/transfer.ts';

export type TransferTask = 'import' | 'exportCsv' | 'exportJson';

/** The stages of each task in order, with the share of the bar each takes (roughly its share of the time). */
const STAGES: Record<TransferTask, [Progress['stage'], number][]> = {
  // 'read' only when the file merges into saved articles (reading their facts).
  import: [
    ['read', 0.2],
    ['write', 0.8],
  ],
  exportCsv: [['read', 1]],
  exportJson: [
    ['read', 0.7],
    ['format', 0.3],
  ],
};

/** Redraws at most this often (the storage calls back after every chunk). */
const REDRAW_MS = 100;

export interface RunningTransfer {
  task: TransferTask;
  title: () => string;
  progress?: Progress;
  /** 0–100, or undefined while nothing is counted yet (reading and checking a file). */
  percent?: number;
}

export interface Transfer {
  running?: RunningTransfer;
  /** Runs `work` with progress and a cancel; throws what it throws (TransferCancelled on a cancel). */
  run<T>(task: TransferTask, title: () => string, work: (options: TransferOptions) => Promise<T>): Promise<T>;
  cancel(): void;
}

export function useTransfer(): Transfer {
  const [running, setRunning] = useState<RunningTransfer>();
  const controller = useRef<AbortController | undefined>(undefined);

  const run = async <T,>(task: TransferTask, title: () => string, work: (options: TransferOptions) => Promise<T>): Promise<T> => {
    const abort = new AbortController();
    controller.current = abort;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Where each stage starts on the bar: where the bar was when it began (a stage may be skipped).
    const starts = new Map<Progress['stage'], number>();
    let percent = 0;
    let drawn = 0;
    setRunning({ task, title });
    try {
      return await work({
        signal: abort.signal,
        onProgress: (progress) => {
          const stages = STAGES[task];
          const index = Math.max(0, stages.findIndex(([s]) => s === progress.stage));
          if (!starts.has(progress.stage)) starts.set(progress.stage, percent);
          const from = starts.get(progress.stage)!;
          const to = 100 * stages.slice(0, index + 1).reduce((sum, [, share]) => sum + share, 0);
          const total = progress.articles.total + progress.facts.total;
          const done = progress.articles.done + progress.facts.done;
          percent = Math.max(percent, from + (to - from) * (total ? done / total : 1));
          const now = performance.now();
          if (now - drawn < REDRAW_MS && done < total) return;
          drawn = now;
          // A copy: the storage updates its object in place.
          setRunning({ task, title, percent: Math.floor(percent), progress: { stage: progress.stage, articles: { ...progress.articles }, facts: { ...progress.facts } } });
        },
      });
    } finally {
      if (controller.current === abort) controller.current = undefined;
      setRunning(undefined);
      // Back to the button that started it, once the page has enabled it again.
      if (returnFocus) setTimeout(() => returnFocus.isConnected && !returnFocus.hasAttribute('disabled') && returnFocus.focus(), 0);
    }
  };

  return { running, run, cancel: () => controller.current?.abort() };
}

/** Lets the page draw what was just set (a frame, or 100 ms where frames stop: a tab in the background). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** 'writing: articles 1,200 / 10,000 · facts 12,000 / 100,000' (a table with nothing to do is left out). */
export function progressText(progress?: Progress): string {
  if (!progress) return t('transfer.checking');
  const counts = [
    progress.articles.total ? t('transfer.articles', progress.articles) : '',
    progress.facts.total ? t('transfer.facts', progress.facts) : '',
  ].filter(Boolean);
  return `${t(`transfer.${progress.stage}`)}: ${counts.join(' · ')}`;
}

export function TransferProgress({ running, onCancel }: { running: RunningTransfer; onCancel(): void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const title = running.title();
  const quarter = running.percent === undefined ? undefined : Math.floor(running.percent / 25) * 25;
  // (The button stays enabled after a click: disabling it would drop the focus; a second cancel does nothing.)
  const stop = () => onCancel();
  return (
    <div
      class="transfer"
      role="group"
      aria-labelledby="transfer-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          stop();
        }
      }}
    >
      <span id="transfer-title" class="transfer-title">
        {title}
      </span>
      {/* Without a value while nothing is counted: the browser draws it as indeterminate. */}
      <progress id="transfer-bar" aria-labelledby="transfer-title" aria-describedby="transfer-text" max={100} value={running.percent} />
      <span id="transfer-text" class="transfer-text">
        {progressText(running.progress)}
      </span>
      <button type="button" ref={cancel} onClick={stop} aria-keyshortcuts="Escape" title={t('transfer.cancelHint')}>
        {t('transfer.cancel')}
      </button>
      <span class="visually-hidden" role="status" aria-live="polite">
        {quarter === undefined ? '' : t('transfer.percent', { task: title, percent: quarter })}
      </span>
    </div>
  );
}
