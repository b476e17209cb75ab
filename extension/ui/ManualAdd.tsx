// 'Add from the selection': the page's selection becomes a manual fact of a kind the
// researcher picks, with the fields they type. It joins the list unsaved; 'Save' stores it.

import { useState } from 'preact/hooks';
import type { FactKind } from '../../analyzer/contract.ts';
import { FieldsForm } from './FieldsForm.tsx';
import { canonicalText, parseFieldValues, type FormValues } from './fields.ts';
import { kindLabel, t } from '../i18n/index.ts';
import { KIND_ORDER } from './palette.ts';
import type { PanelAction } from './panel-state.ts';
import type { Anchor } from './port.ts';

interface ManualAddProps {
  disabled: boolean;
  /** The page's selection (null: nothing selected); throws when the page cannot be asked. */
  requestSelection(): Promise<Anchor | null>;
  dispatch(action: PanelAction): void;
}

/** What the form starts with: the quote as the name of kinds that have one. */
function prefill(kind: FactKind, quote: string): FormValues {
  return kind === 'award' || kind === 'office' || kind === 'person' ? { name: canonicalText(quote) } : {};
}

export function ManualAdd({ disabled, requestSelection, dispatch }: ManualAddProps) {
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const [kind, setKind] = useState<FactKind>('person');
  // Whether to ask for a selection first (a flag, not words: they follow the language).
  const [askSelection, setAskSelection] = useState(false);
  const [busy, setBusy] = useState(false);

  const pick = async () => {
    setBusy(true);
    setAskSelection(false);
    try {
      const selection = await requestSelection();
      if (!selection) setAskSelection(true);
      setAnchor(selection);
    } catch (error) {
      dispatch({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="manual" aria-labelledby="manual-title">
      <h2 id="manual-title" class="visually-hidden">
        {t('manual.title')}
      </h2>
      {!anchor ? (
        <button type="button" onClick={pick} disabled={disabled || busy}>
          {t('manual.fromSelection')}
        </button>
      ) : (
        <div class="manual-form">
          <p>
            {t('manual.selection')} <q class="quote-text">{anchor.quote}</q>
          </p>
          <div class="field">
            <label for="manual-kind">{t('manual.kind')}</label>
            <select id="manual-kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as FactKind)}>
              {KIND_ORDER.map((k) => (
                <option key={k} value={k}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          </div>
          <FieldsForm
            key={kind}
            kind={kind}
            idPrefix={`manual-${kind}`}
            initial={prefill(kind, anchor.quote)}
            submitLabel={t('manual.add')}
            onSubmit={(values) => {
              const parsed = parseFieldValues(kind, values);
              if (!parsed.ok) return parsed.errors;
              dispatch({ type: 'addManual', kind, fields: parsed.value, anchor });
              setAnchor(null);
              return undefined;
            }}
            onCancel={() => setAnchor(null)}
          />
        </div>
      )}
      {askSelection ? (
        <p class="notice" role="status">
          {t('manual.selectFirst')}
        </p>
      ) : null}
    </section>
  );
}
