// A fact's fields as the researcher sees them: the analyzer's, with the corrections applied.
import type { FactKind } from '../../analyzer/contract.ts';
import type { FieldsOf, StoredFactOf } from './types.ts';

export function effectiveFields<K extends FactKind>(fact: Pick<StoredFactOf<K>, 'fields' | 'corrected'>): FieldsOf<K> {
  const out: Record<string, unknown> = { ...fact.fields };
  for (const [name, value] of Object.entries(fact.corrected ?? {})) {
    if (value === null) delete out[name];
    else if (value !== undefined) out[name] = value;
  }
  return out as FieldsOf<K>;
}
