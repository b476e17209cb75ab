// The facts, grouped by kind with the page highlighter's colours; each row has its tick,
// its quote (a button that scrolls the page to it), its fields, and an edit form.

import { useState } from 'preact/hooks';
import { FieldsForm } from './FieldsForm.tsx';
import { fieldsPatchFrom, fieldSummary, formValuesOf } from './fields.ts';
import { kindLabel, t } from '../i18n/index.ts';
import { PALETTE } from './palette.ts';
import { effectiveFields, groupRows, mentionSteps, type FactRow, type PanelAction } from './panel-state.ts';

interface FactsProps {
  rows: FactRow[];
  disabled: boolean;
  dispatch(action: PanelAction): void;
  /** Scrolls the page to the fact's mention (0: the first). */
  onLocate(row: FactRow, mention?: number): void;
}

export function Facts({ rows, disabled, dispatch, onLocate }: FactsProps) {
  return (
    <div class="facts">
      {groupRows(rows).map((group) => (
        <section key={group.kind} class={`kind-group kind-${group.kind}`} aria-labelledby={`group-${group.kind}`}>
          <h2
            id={`group-${group.kind}`}
            style={{ background: PALETTE[group.kind].background, color: PALETTE[group.kind].text, borderLeftColor: PALETTE[group.kind].border }}
          >
            <span class="swatch" aria-hidden="true" style={{ background: PALETTE[group.kind].border }} />
            {kindLabel(group.kind)}{' '}
            <span class="count" aria-label={t('facts.kept', { checked: group.checked, total: group.rows.length })}>
              {group.checked}/{group.rows.length}
            </span>
          </h2>
          {group.rows.length ? (
            <ul>
              {group.rows.map((row) => (
                <FactRowView key={row.id} row={row} disabled={disabled} dispatch={dispatch} onLocate={onLocate} />
              ))}
            </ul>
          ) : (
            <p class="empty">{t('facts.none')}</p>
          )}
        </section>
      ))}
    </div>
  );
}

function FactRowView({ row, disabled, dispatch, onLocate }: { row: FactRow } & Omit<FactsProps, 'rows'>) {
  const [editing, setEditing] = useState(false);
  // The mentions the arrows step through: every one, or those still on the page when the
  // page changed since the save (lost ones are skipped, and listed in the header).
  const steps = mentionSteps(row);
  const total = row.mentionsLost?.total ?? row.mentions ?? 0;
  const lost = row.mentionsLost?.mentions.length ?? 0;
  // Which mention the arrows showed last (the quote button shows the first on the page).
  const [shown, setMention] = useState(steps[0] ?? 0);
  const mention = steps.includes(shown) ? shown : (steps[0] ?? 0);
  const step = (by: number) => {
    const next = steps[(steps.indexOf(mention) + by + steps.length) % steps.length];
    setMention(next);
    onLocate(row, next);
  };
  const fields = effectiveFields(row);
  const domId = `fact-${row.id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
  const lostId = `${domId}-lost`;
  const corrected = !!(row.edits && Object.keys(row.edits).length) || !!row.savedCorrections;

  return (
    <li class={`fact${row.checked ? '' : ' unchecked'}${row.notFound ? ' not-found' : ''}`} style={{ borderLeftColor: PALETTE[row.kind].border }}>
      <div class="fact-line">
        <input
          type="checkbox"
          id={`${domId}-keep`}
          checked={row.checked}
          disabled={disabled}
          onChange={(e) => dispatch({ type: 'toggle', id: row.id, checked: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label class="visually-hidden" for={`${domId}-keep`}>
          {t('facts.keep', { quote: row.quote })}
        </label>
        <button
          type="button"
          class="quote"
          title={t('facts.scrollTo')}
          onClick={() => {
            const first = steps[0] ?? 0;
            setMention(first);
            onLocate(row, first);
          }}
        >
          {row.quote}
        </button>
        {steps.length > 1 ? (
          <span
            class="mentions"
            role="group"
            aria-label={t('facts.mentions', { count: total })}
            aria-describedby={lost && !row.notFound ? lostId : undefined}
          >
            <button type="button" class="step" aria-label={t('facts.previousMention')} title={t('facts.previousMention')} onClick={() => step(-1)}>
              ‹
            </button>
            <span class="mention-pos" aria-live="polite">
              {mention + 1}/{total}
            </span>
            <button type="button" class="step" aria-label={t('facts.nextMention')} title={t('facts.nextMention')} onClick={() => step(1)}>
              ›
            </button>
          </span>
        ) : null}
      </div>
      <div class="fact-meta">
        <span class="summary">{fieldSummary(row.kind, fields)}</span>
        {row.origin === 'manual' ? <span class="tag">{t('facts.tagManual')}</span> : null}
        {row.source === 'new' ? <span class="tag">{t('facts.tagUnsaved')}</span> : null}
        {corrected ? <span class="tag">{t('facts.tagCorrected')}</span> : null}
        {row.notFound ? <span class="tag warn">{t('facts.tagNotOnPage')}</span> : null}
        {lost && !row.notFound ? (
          <span class="tag warn" id={lostId}>
            {t('facts.tagMentionsLost', { count: lost, total })}
          </span>
        ) : null}
        <button
          type="button"
          class="link"
          aria-expanded={editing}
          aria-controls={editing ? `${domId}-form` : undefined}
          disabled={disabled}
          onClick={() => setEditing(!editing)}
        >
          {editing ? t('action.close') : t('action.edit')}
        </button>
      </div>
      {editing ? (
        <div id={`${domId}-form`}>
          <FieldsForm
            kind={row.kind}
            idPrefix={domId}
            initial={formValuesOf(row.kind, fields)}
            submitLabel={t('facts.apply')}
            onSubmit={(values) => {
              const result = fieldsPatchFrom(row.kind, fields, values);
              if (!result.ok) return result.errors;
              if (Object.keys(result.value).length) dispatch({ type: 'edit', id: row.id, patch: result.value });
              setEditing(false);
              return undefined;
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      ) : null}
    </li>
  );
}
