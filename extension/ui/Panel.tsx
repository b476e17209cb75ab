// The side panel: loads the active tab's analysis and saved record through a PanelPort,
// keeps the state in panel-state.ts's reducer, and saves with runSave. Components below
// only render and dispatch.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { Facts } from './Facts.tsx';
import { Header } from './Header.tsx';
import { TextRead } from './TextRead.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { ManualAdd } from './ManualAdd.tsx';
import { NoteTags } from './NoteTags.tsx';
import { messageOf } from './format.ts';
import { buildSavePlan, initialState, reducer, type FactRow, type PanelAction, type PanelState } from './panel-state.ts';
import type { PanelPort } from './port.ts';
import { runSave } from './save.ts';

/**
 * useReducer whose latest state is readable at once (a ref), so a save started right after
 * an edit (Ctrl+S while typing) sends what was typed, not the last rendered state.
 */
function useStore(): [PanelState, (action: PanelAction) => void, () => PanelState] {
  const ref = useRef<PanelState>(initialState);
  const [, setVersion] = useState(0);
  const dispatch = useCallback((action: PanelAction) => {
    ref.current = reducer(ref.current, action);
    setVersion((v) => v + 1);
  }, []);
  return [ref.current, dispatch, useCallback(() => ref.current, [])];
}

export function Panel({ port }: { port: PanelPort }) {
  const [state, dispatch, current] = useStore();
  const loads = useRef(0);

  const load = useCallback(async () => {
    const seq = ++loads.current;
    dispatch({ type: 'loading' });
    try {
      const tabId = await port.activeTab();
      if (tabId === undefined) throw new Error(t('panel.noTab'));
      // The background may already have the page's analysis (toolbar button, known outlet):
      // use it, so the panel lists exactly what the page highlights; else analyze now.
      const known = await port.getTabState(tabId);
      if (seq !== loads.current) return;
      const page = known.status === 'ready' && known.page ? known.page : await port.analyze(tabId);
      if (seq !== loads.current) return;
      dispatch({ type: 'analysisLoaded', page: { ...page, tabId } });
      if (known.saved && known.page === page) dispatch({ type: 'placement', savedNotFound: known.saved.notFound, savedMentionsLost: known.saved.mentionsLost });
      const saved = await port.getSaved(page);
      if (seq !== loads.current) return;
      dispatch({ type: 'savedLoaded', saved });
    } catch (error) {
      if (seq === loads.current) dispatch({ type: 'error', message: messageOf(error) });
    }
  }, [port, dispatch]);

  const save = useCallback(async (): Promise<void> => {
    const s = current();
    if (!canSave(s)) return;
    dispatch({ type: 'saving' });
    try {
      const plan = buildSavePlan(s);
      const outcome = await runSave(port, plan);
      const saved = await port.getSaved(plan.article).catch(() => undefined);
      dispatch({ type: 'saved', outcome, saved });
    } catch (error) {
      dispatch({ type: 'error', message: messageOf(error) });
    }
  }, [port, current, dispatch]);

  useEffect(() => {
    void load();
    const offTabs = port.onActiveTabChanged(async (change) => {
      const s = current();
      const shown = s.page?.tabId;
      if (change.reason === 'navigated' && change.tabId !== shown) return;
      if (change.reason === 'activated') {
        const active = await port.activeTab().catch(() => undefined);
        if (active === undefined || active === shown) return;
      }
      // Never throw away unsaved work: say the page changed and let the researcher decide.
      if (s.dirty || s.saving) dispatch({ type: 'pageChanged' });
      else void load();
    });
    const offState = port.onTabState((tab) => {
      const s = current();
      if (s.phase === 'loading') return;
      if (!s.page) {
        // Nothing shown: the page could not be read (no activeTab grant yet, as on a page the
        // panel switched to). Once the toolbar button, menu or shortcut has analyzed the tab
        // the panel shows, show it, instead of keeping the stale 'not allowed' message.
        if (tab.status === 'ready' && tab.page) {
          void port.activeTab().then(
            (shown) => shown === tab.tabId && !current().page && current().phase !== 'loading' && void load(),
            () => {},
          );
        }
        return;
      }
      if (tab.tabId !== s.page.tabId) return;
      if (tab.page && (tab.page.url !== s.page.url || tab.page.text !== s.page.text)) {
        // The page was analysed again and reads differently (navigation, new content).
        if (s.dirty || s.saving) dispatch({ type: 'pageChanged' });
        else void load();
        return;
      }
      if (tab.saved) dispatch({ type: 'placement', savedNotFound: tab.saved.notFound, savedMentionsLost: tab.saved.mentionsLost, analysisNotFound: tab.page?.notFound });
    });
    const offSave = port.onSaveCommand((tabId) => {
      const s = current();
      if (s.page?.tabId !== tabId) return undefined;
      if (!canSave(s)) return Promise.resolve(false);
      return save().then(() => true);
    });
    return () => {
      offTabs();
      offState();
      offSave();
    };
  }, [port, load, save, current, dispatch]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 's' || e.key === 'S')) {
        e.preventDefault();
        void save();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [save]);

  const locate = useCallback(
    async (row: FactRow, mention = 0) => {
      const tabId = current().page?.tabId;
      if (tabId === undefined) return;
      try {
        const { quote, start, end, prefix, suffix, savedId } = row;
        const found = await port.highlightFact(tabId, { quote, start, end, prefix, suffix, factId: savedId, mention });
        if (!found) dispatch({ type: 'notFound', id: row.id });
      } catch (error) {
        dispatch({ type: 'error', message: messageOf(error) });
      }
    },
    [port, current, dispatch],
  );

  const requestSelection = useCallback(async () => {
    const tabId = current().page?.tabId;
    if (tabId === undefined) throw new Error(t('panel.noPage'));
    return port.getSelection(tabId);
  }, [port, current]);

  const busy = state.saving || state.phase === 'loading';
  const checked = state.rows.filter((r) => r.checked).length;

  return (
    <main class="panel">
      <Header state={state} onReload={() => void load()} />

      {state.stale ? (
        <div class="notice" role="status">
          {t('panel.tabChanged')}{' '}
          <button type="button" onClick={() => void load()} disabled={state.saving}>
            {t('panel.analyzeNewPage')}
          </button>
        </div>
      ) : null}

      {state.error ? (
        <div class="error" role="alert">
          <p>{state.error}</p>
          <button type="button" onClick={() => dispatch({ type: 'dismissError' })}>
            {t('panel.dismiss')}
          </button>
        </div>
      ) : null}

      {state.phase === 'loading' ? (
        <p role="status" class="loading">
          {t('panel.analyzing')}
        </p>
      ) : null}

      {state.page ? (
        <>
          <ManualAdd disabled={busy} requestSelection={requestSelection} dispatch={dispatch} />
          <Facts rows={state.rows} disabled={busy} dispatch={dispatch} onLocate={locate} />
          <NoteTags state={state} disabled={busy} dispatch={dispatch} />
          <TextRead page={state.page} />
        </>
      ) : null}

      <footer class="actions">
        <div role="status" aria-live="polite" class="save-status">
          {state.saving ? t('panel.saving') : state.lastSave ? savedText(state) : state.dirty ? t('panel.unsaved') : ''}
        </div>
        <button
          type="button"
          class="primary"
          onClick={() => void save()}
          disabled={!canSave(state)}
          aria-keyshortcuts="Control+S Meta+S"
          title={state.saved === undefined && state.page ? t('panel.savedUnknown') : undefined}
        >
          {t('panel.save', { count: checked })}
        </button>
        <span class="shortcut-hint">
          <kbd>Ctrl</kbd>+<kbd>S</kbd> {t('panel.shortcutInPanel')}, <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>S</kbd> {t('panel.shortcutOnPage')}
        </span>
        {/* An extension page opens it in a new tab: no 'tabs' permission needed. */}
        <a class="link" href="/collection.html" target="_blank" rel="noopener">
          {t('panel.openCollection')}
        </a>
        <LanguageSelect id="panel-language" />
      </footer>
    </main>
  );
}

/** Saving needs a page, no save under way, and to know whether the page was saved before
 * (otherwise the ticks sent would overwrite the saved ones unseen). */
export function canSave(state: PanelState): boolean {
  return !!state.page && !state.saving && state.phase === 'ready' && state.saved !== undefined;
}

function savedText(state: PanelState): string {
  const o = state.lastSave!;
  const parts: string[] = [];
  if (o.added !== undefined) parts.push(t('save.added', { count: o.added }));
  if (o.kept !== undefined) parts.push(t('save.kept', { count: o.kept }));
  if (o.dropped !== undefined) parts.push(t('save.dropped', { count: o.dropped }));
  const manual = Object.keys(o.manualIds).length;
  if (manual) parts.push(t('save.manual', { count: manual }));
  if (o.updated) parts.push(t('save.updated', { count: o.updated }));
  // 'Saved (new article): 12 added, 0 kept, 0 dropped.' (the same punctuation in both languages)
  return `${o.created ? t('save.savedNew') : t('save.saved')}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}
