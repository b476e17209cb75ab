// The collection page: everything saved, as a facts table, groups (collation), an articles
// table, pictures (timeline, provinces) or series (figures over time), behind one filter
// bar; export (CSV, JSON) of what is shown or of everything, import of a JSON export,
// corrections, deletions with undo. All storage goes through extension/storage (this page
// is an extension page: it opens the database itself).
//
// Data flow: a snapshot of keys and article headers (collection.ts) is read when the page
// opens and again whenever the database changes (here, in the side panel or in another
// tab: Dexie's 'storagemutated'); the filter, sort and view run queries on it; the rows on
// screen are read a window at a time.
//
// Words: every message shown is kept as a Phrase (i18n), written when drawn, so a change of
// the interface language rewrites the banners and the status line too.

import { Dexie } from 'dexie';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { FactKind } from '../../../analyzer/contract.ts';
import { phrase, t, type MessageKey, type Phrase } from '../../i18n/index.ts';
import { updateArticle, updateFact, type ArticlePatch, type BantinDB } from '../../storage/articles.ts';
import {
  factRows,
  filterArticleIds,
  filterChoices,
  filterFactIds,
  groupFacts,
  groupLabel,
  kindCountsByArticle,
  queryFactIds,
  readFacts,
  readSnapshot,
  type ArticleHeader,
  type CollectionFilter,
  type CollectionSnapshot,
  type FactGroup,
  type FactRow,
  type Sort,
} from '../../storage/collection.ts';
import { effectiveFields } from '../../storage/effective-fields.ts';
import { removeArticles, removeFacts, restoreRemoved, wipeCollection, type Removed } from '../../storage/removal.ts';
import { picturesOf, type Pictures } from '../../storage/pictures.ts';
import { filterSeries, seriesCsv, seriesOf, type Series, type SeriesWords } from '../../storage/series.ts';
import { exportCollection, exportCsv, importCollection, jsonParts, parseExport, MAX_IMPORT_BYTES, TransferCancelled } from '../../storage/transfer.ts';
import type { FieldsPatch } from '../../storage/types.ts';
import { messageOf } from '../format.ts';
import { LanguageSelect } from '../LanguageSelect.tsx';
import { ArticlesView } from './ArticlesView.tsx';
import { KIND_ORDER } from '../palette.ts';
import { datedName, download, exportName } from './download.ts';
import { EditArticleDialog, EditFactDialog } from './EditDialog.tsx';
import { Filters } from './Filters.tsx';
import { FactsView } from './FactsView.tsx';
import { GroupsView } from './GroupsView.tsx';
import { PicturesView, type ChartMode } from './PicturesView.tsx';
import { SeriesView } from './SeriesView.tsx';
import { nextPaint, TransferProgress, useTransfer } from './TransferProgress.tsx';
import { stateFromHash, stateToHash, type View } from './url-state.ts';

const VIEWS: { view: View; label: MessageKey }[] = [
  { view: 'facts', label: 'collection.viewFacts' },
  { view: 'groups', label: 'collection.viewGroups' },
  { view: 'articles', label: 'collection.viewArticles' },
  { view: 'pictures', label: 'collection.viewPictures' },
  { view: 'series', label: 'collection.viewSeries' },
];

/** How many results the view's query found, and how long it took. */
const RESULT_COUNTS = {
  facts: 'collection.countFacts',
  groups: 'collection.countGroups',
  articles: 'collection.countArticles',
  pictures: 'collection.countFacts',
  series: 'collection.countSeries',
} as const;

/** Rows kept in memory around the window; beyond, the cache starts again from the window. */
const ROW_CACHE = 3_000;

export interface CollectionProps {
  /** Opens the database; `onBlocked` is called while an older Bantin page holds it open. */
  openDb(onBlocked: () => void): Promise<BantinDB>;
}

export function Collection({ openDb }: CollectionProps) {
  // Filters, sort and view start from the page's address (a reload keeps them).
  const initial = useMemo(() => stateFromHash(location.hash), []);
  const [db, setDb] = useState<BantinDB>();
  const [snapshot, setSnapshot] = useState<CollectionSnapshot>();
  const [filter, setFilter] = useState<CollectionFilter>(initial.filter);
  const [queryFilter, setQueryFilter] = useState<CollectionFilter>(initial.filter);
  const [sort, setSort] = useState<Sort>(initial.sort);
  const [view, setView] = useState<View>(initial.view);
  const [groupKind, setGroupKind] = useState<FactKind>(initial.groupKind);
  const [ids, setIds] = useState<number[]>([]);
  const [rows, setRows] = useState<Map<number, FactRow>>(new Map());
  // With the kind they are of: while another kind's groups load, the old ones are not shown under the new heading.
  const [grouped, setGrouped] = useState<{ kind: FactKind; groups: FactGroup[] }>({ kind: 'document', groups: [] });
  const groups = grouped.kind === groupKind ? grouped.groups : [];
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  const [selectedGroup, setSelectedGroup] = useState<string>();
  const [articleIds, setArticleIds] = useState<number[]>([]);
  const [pictures, setPictures] = useState<Pictures>();
  const [chartMode, setChartMode] = useState<ChartMode>(initial.chart ?? 'stacked');
  const [allSeries, setAllSeries] = useState<Series[]>([]);
  const [seriesWords, setSeriesWords] = useState<SeriesWords>(initial.seriesWords ?? {});
  const [selectedSubject, setSelectedSubject] = useState<string>();
  const series = useMemo(() => filterSeries(allSeries, seriesWords), [allSeries, seriesWords]);
  const [status, setStatus] = useState<{ view: View; found: number; ms: number }>();
  const [error, setError] = useState<Phrase>();
  const [notice, setNotice] = useState<Phrase>();
  const [undo, setUndo] = useState<{ removed: Removed; label: Phrase }>();
  const [editing, setEditing] = useState<{ fact: FactRow } | { article: ArticleHeader }>();
  const [busy, setBusy] = useState(false);
  /** What the results on screen answer (query and snapshot), to tell when they are current. */
  const [shown, setShown] = useState<{ key: string; snapshot?: CollectionSnapshot }>({ key: '' });
  const querySeq = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);
  /** The import or export under way, with its progress and cancel (TransferProgress.tsx). */
  const transfer = useTransfer();

  const fail = (e: unknown) => setError(phrase(() => messageOf(e)));
  /** Reads the snapshot again (after a change made here; changes elsewhere arrive by 'storagemutated'). */
  const reloadRef = useRef<() => Promise<void>>(async () => {});

  // Open the database; read the snapshot now and after every change of it.
  useEffect(() => {
    let closed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let opened: BantinDB | undefined;
    // A reload after one of this page's changes also stands for the 'storagemutated' it fired.
    const reload = (d: BantinDB) => {
      clearTimeout(timer);
      return readSnapshot(d)
        .then((s) => void (!closed && setSnapshot(s)))
        .catch(fail);
    };
    const onMutated = () => {
      clearTimeout(timer);
      timer = setTimeout(() => opened && reload(opened), 150);
    };
    openDb(() => setError(phrase(() => t('collection.blocked'))))
      .then((d) => {
        setError(undefined);
        if (closed) return d.close();
        opened = d;
        d.on('versionchange', () => {
          setError(phrase(() => t('collection.updatedElsewhere')));
        });
        setDb(d);
        reloadRef.current = () => reload(d);
        void reload(d);
        Dexie.on('storagemutated', onMutated);
      })
      .catch((e: unknown) => setError(phrase(() => openErrorMessage(e))));
    return () => {
      closed = true;
      clearTimeout(timer);
      Dexie.on('storagemutated').unsubscribe(onMutated);
      opened?.close();
    };
  }, [openDb]);

  // The search box and date fields change the query a moment after the last key.
  useEffect(() => {
    const t = setTimeout(() => setQueryFilter(filter), 200);
    return () => clearTimeout(t);
  }, [filter]);

  const queryKey = JSON.stringify([queryFilter, sort, view, groupKind]);

  useEffect(() => {
    const hash = stateToHash({ filter: queryFilter, sort, view, groupKind, chart: chartMode, seriesWords });
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
  }, [queryFilter, sort, view, groupKind, chartMode, seriesWords]);

  // Run the view's query.
  useEffect(() => {
    if (!db || !snapshot) return;
    const key = queryKey;
    const seq = ++querySeq.current;
    const started = performance.now();
    const done = (found: number) => {
      if (seq !== querySeq.current) return;
      setStatus({ view, found, ms: Math.round(performance.now() - started) });
      setShown({ key, snapshot });
    };
    const run = async () => {
      if (view === 'facts') {
        const found = await queryFactIds(db, snapshot, queryFilter, sort);
        if (seq !== querySeq.current) return;
        setIds(found);
        setRows(new Map());
        done(found.length);
      } else if (view === 'groups') {
        const found = await groupFacts(db, snapshot, queryFilter, groupKind);
        if (seq !== querySeq.current) return;
        setGrouped({ kind: groupKind, groups: found });
        setLabels(new Map());
        done(found.length);
      } else if (view === 'pictures') {
        // One pass over the ids with the snapshot: no fact record is read.
        const found = await filterFactIds(db, snapshot, queryFilter);
        const drawn = picturesOf(snapshot, found, KIND_ORDER);
        if (seq !== querySeq.current) return;
        setPictures(drawn);
        done(found.length);
      } else if (view === 'series') {
        const found = await seriesOf(db, snapshot, queryFilter);
        if (seq !== querySeq.current) return;
        setAllSeries(found);
        done(found.length);
      } else {
        const found = await filterArticleIds(db, snapshot, queryFilter);
        if (seq !== querySeq.current) return;
        setArticleIds(found);
        done(found.length);
      }
    };
    run().catch(fail);
  }, [db, snapshot, queryKey]);

  const loadRows = useCallback(
    (start: number, end: number) => {
      if (!db || !snapshot) return;
      const wanted = ids.slice(start, end).filter((id) => !rows.has(id));
      if (!wanted.length) return;
      factRows(db, snapshot, wanted)
        .then((loaded) =>
          setRows((prev) => {
            const next = prev.size > ROW_CACHE ? new Map<number, FactRow>() : new Map(prev);
            for (const r of loaded) next.set(r.fact.id, r);
            return next;
          }),
        )
        .catch(fail);
    },
    [db, snapshot, ids, rows],
  );

  const loadLabels = useCallback(
    (start: number, end: number) => {
      if (!db) return;
      const wanted = groups.slice(start, end).filter((g) => !labels.has(g.group));
      if (!wanted.length) return;
      readFacts(db, wanted.map((g) => g.factIds[0]))
        .then((facts) =>
          setLabels((prev) => {
            const next = new Map(prev);
            facts.forEach((f) => next.set(wanted.find((g) => g.factIds[0] === f.id)!.group, groupLabel(f.kind, effectiveFields(f) as Record<string, unknown>)));
            return next;
          }),
        )
        .catch(fail);
    },
    [db, groups, labels],
  );

  const choices = useMemo(() => (snapshot ? filterChoices(snapshot) : { provinces: [], sources: [], tags: [] }), [snapshot]);
  const counts = useMemo(() => (snapshot ? kindCountsByArticle(snapshot) : new Map()), [snapshot]);

  /** Runs a change; errors go to the banner; the snapshot reloads by itself ('storagemutated'). */
  const act = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await what();
      await reloadRef.current();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const deleteFact = (row: FactRow) =>
    act(async () => {
      const removed = await removeFacts(db!, [row.fact.id]);
      setUndo({ removed, label: phrase(() => t('collection.deletedFact', { quote: row.fact.quote })) });
    });
  const deleteArticle = (a: ArticleHeader) =>
    act(async () => {
      const removed = await removeArticles(db!, [a.id]);
      setUndo({ removed, label: phrase(() => t('collection.deletedArticle', { title: a.title ?? a.url, count: removed.facts.length })) });
    });
  const undoLast = () =>
    act(async () => {
      if (!undo) return;
      await restoreRemoved(db!, undo.removed);
      setUndo(undefined);
      setNotice(phrase(() => t('collection.undone')));
    });
  const saveFact = (row: FactRow, patch: FieldsPatch) =>
    act(async () => {
      await updateFact(db!, row.fact.id, { corrected: patch });
      setEditing(undefined);
    });
  const saveArticle = (a: ArticleHeader, patch: ArticlePatch) =>
    act(async () => {
      await updateArticle(db!, a.id, patch);
      setEditing(undefined);
    });

  /** The facts the export covers: those shown (after filters), or every saved fact. */
  const exportIds = async (scope: 'filtered' | 'all') =>
    scope === 'all'
      ? queryFactIds(db!, snapshot!, { includeUnticked: true }, { column: 'saved' })
      : view === 'facts'
        ? ids
        : queryFactIds(db!, snapshot!, queryFilter, sort);
  const exportAs = (format: 'csv' | 'json', scope: 'filtered' | 'all') =>
    act(async () => {
      const factIds = await exportIds(scope);
      setNotice(undefined);
      // A cancel (TransferCancelled) comes before the download: no file is saved.
      const parts = await transfer
        .run(format === 'csv' ? 'exportCsv' : 'exportJson', () => t(format === 'csv' ? 'transfer.exportingCsv' : 'transfer.exportingJson'), async (options) =>
          format === 'csv'
            ? exportCsv(db!, snapshot!, factIds, options)
            : jsonParts(await exportCollection(db!, scope === 'all' ? undefined : factIds, options), options),
        )
        .catch(cancelled(() => t('transfer.exportCancelled')));
      if (!parts) return;
      download(parts, exportName(format, scope), format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json');
      setNotice(phrase(() => t('collection.exported', { count: factIds.length, format: format.toUpperCase() })));
    });

  /** A cancel is said in the notice (not an error); any other failure goes on to the error banner. */
  const cancelled = (message: () => string) => (e: unknown) => {
    if (!(e instanceof TransferCancelled)) throw e;
    setNotice(phrase(message));
    return undefined;
  };

  const importFile = (file: File) =>
    act(async () => {
      if (file.size > MAX_IMPORT_BYTES) throw new Error(t('collection.importTooLarge', { file: file.name, size: MAX_IMPORT_BYTES / 1024 / 1024 }));
      setNotice(undefined);
      await transfer
        .run('import', () => t('transfer.importing', { file: file.name }), async (options) => {
          await nextPaint(); // the bar is drawn before the file is read and checked (a second or two, at once)
          let parsed;
          const t0 = performance.now();
          try {
            parsed = parseExport(await file.text());
          } catch (e) {
            throw new Error(t('collection.cannotImport', { file: file.name, error: messageOf(e) }));
          }
          const t1 = performance.now();
          const s = await importCollection(db!, parsed, options);
          console.info(`Bantin import of ${file.name}: read and checked in ${Math.round(t1 - t0)} ms, written in ${Math.round(performance.now() - t1)} ms`);
          setNotice(phrase(() => t('collection.imported', { file: file.name, ...s })));
        })
        .catch(cancelled(() => t('transfer.importCancelled', { file: file.name })));
    });

  const wipe = () => {
    if (!confirm(t('collection.confirmWipe'))) return;
    void act(async () => {
      await wipeCollection(db!);
      setUndo(undefined);
      setNotice(phrase(() => t('collection.wiped')));
    });
  };

  const showFacts = (patch: Partial<CollectionFilter>, as: View = 'facts') => {
    const next = { ...filter, ...patch };
    setFilter(next);
    setQueryFilter(next);
    setView(as);
  };

  /** The series shown (after the filter and the subject and unit words), long form, as CSV. */
  const exportSeries = () =>
    act(async () => {
      download([seriesCsv(series)], `${datedName(t('series.file'))}.csv`, 'text/csv;charset=utf-8');
      const figures = series.reduce((n, s) => n + s.points.length, 0);
      setNotice(phrase(() => t('series.exported', { count: figures, series: series.length })));
    });

  // '10,000 articles, 100,000 facts saved'
  const total = snapshot ? `${t('collection.countArticles', { count: snapshot.articles.size })}, ${t('collection.totalFacts', { count: snapshot.facts.ids.length })}` : '';

  return (
    <div class="collection" aria-busy={busy}>
      <header class="top">
        <h1>{t('collection.title')}</h1>
        <span class="muted">{total}</span>
        <div class="tools">
          <span class="tool-group" role="group" aria-label={t('collection.export')}>
            <button type="button" disabled={!snapshot || busy} onClick={() => exportAs('csv', 'filtered')}>
              {t('collection.exportCsvFiltered')}
            </button>
            <button type="button" disabled={!snapshot || busy} onClick={() => exportAs('json', 'filtered')}>
              {t('collection.exportJsonFiltered')}
            </button>
            <button type="button" disabled={!snapshot || busy} onClick={() => exportAs('csv', 'all')}>
              {t('collection.exportCsvAll')}
            </button>
            <button type="button" disabled={!snapshot || busy} onClick={() => exportAs('json', 'all')}>
              {t('collection.exportJsonAll')}
            </button>
          </span>
          <button type="button" disabled={!db || busy} onClick={() => fileInput.current?.click()}>
            {t('collection.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            class="visually-hidden"
            aria-label={t('collection.importFile')}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void importFile(file);
            }}
          />
          <button type="button" class="danger" disabled={!db || busy} onClick={wipe}>
            {t('collection.wipe')}
          </button>
          <LanguageSelect id="collection-language" />
        </div>
      </header>

      {transfer.running ? <TransferProgress running={transfer.running} onCancel={transfer.cancel} /> : null}
      {error ? (
        <div role="alert" class="error">
          <p>{error.text()}</p>
          <button type="button" class="link" onClick={() => setError(undefined)}>
            {t('action.close')}
          </button>
        </div>
      ) : null}
      {undo ? (
        <div role="status" class="notice undo">
          {undo.label.text()}{' '}
          <button type="button" onClick={undoLast} disabled={busy}>
            {t('collection.undo')}
          </button>
        </div>
      ) : notice ? (
        <div role="status" class="notice">
          {notice.text()}
        </div>
      ) : null}

      <Filters filter={filter} choices={choices} onChange={setFilter} />

      <nav class="views" aria-label={t('collection.views')}>
        {VIEWS.map((v) => (
          <button type="button" key={v.view} aria-pressed={view === v.view} onClick={() => setView(v.view)}>
            {t(v.label)}
          </button>
        ))}
        {filter.group || filter.articleId !== undefined ? (
          <button
            type="button"
            class="chip"
            onClick={() => {
              const { group: _g, articleId: _a, ...rest } = filter;
              setFilter(rest);
              setQueryFilter(rest);
            }}
          >
            {filter.group
              ? t('collection.groupFilter', { group: labels.get(filter.group.group) ?? filter.group.group })
              : t('collection.articleFilter', { id: String(filter.articleId) })}{' '}
            ✕
          </button>
        ) : null}
        <span class="status" role="status" aria-live="polite">
          {status
            ? `${t(RESULT_COUNTS[status.view], { count: status.view === 'series' ? series.length : status.found })} · ${status.ms} ms`
            : t('collection.opening')}
        </span>
      </nav>

      {/* Busy while the filter typed is not yet the one queried, or its query runs. */}
      <main class="view" aria-busy={busy || filter !== queryFilter || shown.key !== queryKey || shown.snapshot !== snapshot}>
        {!snapshot ? null : view === 'facts' ? (
          <FactsView
            ids={ids}
            rows={rows}
            sort={sort}
            onSort={setSort}
            onRange={loadRows}
            onEdit={(row) => setEditing({ fact: row })}
            onDelete={deleteFact}
            resetKey={`${JSON.stringify(queryFilter)}|${sort.column}|${sort.descending}`}
          />
        ) : view === 'groups' ? (
          <GroupsView
            kind={groupKind}
            groups={groups}
            labels={labels}
            selected={selectedGroup}
            articles={snapshot.articles}
            onKind={(k) => {
              setGroupKind(k);
              setSelectedGroup(undefined);
            }}
            onSelect={(g) => setSelectedGroup(g.group)}
            onShowFacts={(g) => showFacts({ group: { kind: g.kind, group: g.group } })}
            onShowPictures={(g) => showFacts({ group: { kind: g.kind, group: g.group } }, 'pictures')}
            onRange={loadLabels}
          />
        ) : view === 'pictures' ? (
          <PicturesView
            pictures={shown.key === queryKey ? pictures : undefined}
            group={queryFilter.group ? { kind: queryFilter.group.kind, label: labels.get(queryFilter.group.group) ?? queryFilter.group.group } : undefined}
            mode={chartMode}
            onMode={setChartMode}
          />
        ) : view === 'series' ? (
          <SeriesView
            series={shown.key === queryKey ? series : []}
            words={seriesWords}
            onWords={setSeriesWords}
            selected={selectedSubject}
            onSelect={setSelectedSubject}
            articles={snapshot.articles}
            onExport={() => void exportSeries()}
            busy={busy}
          />
        ) : (
          <ArticlesView
            ids={articleIds}
            articles={snapshot.articles}
            counts={counts}
            onEdit={(a) => setEditing({ article: a })}
            onDelete={deleteArticle}
            onShowFacts={(a) => showFacts({ articleId: a.id })}
            resetKey={JSON.stringify(queryFilter)}
          />
        )}
      </main>

      {editing && 'fact' in editing ? (
        <EditFactDialog row={editing.fact} onSave={(patch) => saveFact(editing.fact, patch)} onClose={() => setEditing(undefined)} />
      ) : editing && 'article' in editing ? (
        <EditArticleDialog article={editing.article} onSave={(patch) => saveArticle(editing.article, patch)} onClose={() => setEditing(undefined)} />
      ) : null}
    </div>
  );
}

/** Why the database did not open, and what to do. */
function openErrorMessage(error: unknown): string {
  const name = (error as { name?: string })?.name;
  if (name === 'VersionError') return t('collection.newerVersion');
  if (name === 'QuotaExceededError') return t('collection.diskFull');
  return t('collection.cannotOpen', { error: messageOf(error) });
}
