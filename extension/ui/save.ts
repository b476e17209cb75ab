// Runs a save plan through the port: the article first (ticks, corrections, note, tags in
// one storage transaction), then the new manual facts and the changes to saved facts,
// which need the article's id. A failure is thrown with what was already stored, never
// swallowed: the panel shows it and the researcher can save again.

import { t } from '../i18n/index.ts';
import type { SaveOutcome, SavePlan } from './panel-state.ts';
import type { PanelPort } from './port.ts';

export async function runSave(port: PanelPort, plan: SavePlan, now: () => string = () => new Date().toISOString()): Promise<SaveOutcome> {
  const reply = await port.save(plan.article);
  const manualIds: Record<string, number> = {};
  let updated = 0;
  try {
    for (const { rowId, draft } of plan.manual) {
      const target = { url: plan.article.url, articleId: reply.articleId, ...(plan.article.tabId === undefined ? {} : { tabId: plan.article.tabId }) };
      const { factId } = await port.addManualFact(target, draft);
      manualIds[rowId] = factId;
    }
    for (const update of plan.updates) {
      await port.updateFact(update);
      updated++;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const done = Object.keys(manualIds).length;
    throw new PartialSaveError(
      t('save.partial', { manualDone: done, manualTotal: plan.manual.length, updatesDone: updated, updatesTotal: plan.updates.length, error: message }),
      { cause: error },
    );
  }
  return {
    articleId: reply.articleId,
    created: reply.created,
    at: now(),
    added: reply.added,
    kept: reply.kept,
    dropped: reply.dropped,
    manualIds,
    updated,
  };
}

/** The article was saved but some of the facts after it were not. */
export class PartialSaveError extends Error {
  override readonly name = 'PartialSaveError';
}
