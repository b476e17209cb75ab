// A form over one kind's fields (FIELD_SPECS): used to correct a fact and to type the
// fields of a manual fact. It only collects strings; the caller parses and validates them
// (fields.ts) and hands back the errors to show.

import { useState } from 'preact/hooks';
import type { FactKind } from '../../analyzer/contract.ts';
import { t } from '../i18n/index.ts';
import { FIELD_SPECS, type FieldErrors, type FormValues } from './fields.ts';

export interface FieldsFormProps {
  kind: FactKind;
  /** Prefix of element ids, unique on the page. */
  idPrefix: string;
  initial: FormValues;
  submitLabel: string;
  /** Returns the errors to show, or nothing when the values were taken. */
  onSubmit(values: FormValues): FieldErrors | undefined;
  onCancel(): void;
}

export function FieldsForm({ kind, idPrefix, initial, submitLabel, onSubmit, onCancel }: FieldsFormProps) {
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const specs = FIELD_SPECS[kind];

  const submit = (event: Event) => {
    event.preventDefault();
    const found = onSubmit(values) ?? {};
    setErrors(found);
    if (Object.keys(found).length) {
      const first = specs.find((s) => found[s.name]);
      if (first) (event.currentTarget as HTMLFormElement).querySelector<HTMLElement>(`#${idPrefix}-${first.name}`)?.focus();
    }
  };

  return (
    <form
      class="fields-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
      noValidate
    >
      {specs.map((spec) => {
        const id = `${idPrefix}-${spec.name}`;
        const error = errors[spec.name];
        const described = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
        const set = (v: string) => setValues({ ...values, [spec.name]: v });
        return (
          <div class="field" key={spec.name}>
            <label for={id}>
              {t(spec.label)}
              {spec.required ? <span aria-hidden="true"> *</span> : null}
            </label>
            {spec.type === 'choice' ? (
              <select
                id={id}
                name={spec.name}
                value={values[spec.name] ?? ''}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={described}
                onChange={(e) => set((e.currentTarget as HTMLSelectElement).value)}
              >
                <option value="">—</option>
                {spec.choices?.map((c) => (
                  <option key={c.value} value={c.value}>
                    {t(c.label)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                name={spec.name}
                type="text"
                inputMode={spec.type === 'count' ? 'decimal' : spec.type === 'year' ? 'numeric' : undefined}
                value={values[spec.name] ?? ''}
                required={spec.required}
                aria-required={spec.required ? 'true' : undefined}
                aria-invalid={error ? 'true' : undefined}
                aria-describedby={described}
                onInput={(e) => set((e.currentTarget as HTMLInputElement).value)}
              />
            )}
            {spec.hint ? (
              <small id={`${id}-hint`} class="hint">
                {t(spec.hint)}
              </small>
            ) : null}
            {error ? (
              <small id={`${id}-error`} class="field-error">
                {error}
              </small>
            ) : null}
          </div>
        );
      })}
      <div class="form-actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
