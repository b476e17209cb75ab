// What a fact record derives from its fields, corrections, quote and tick: the scoring key,
// the group, the search text and its words, and the tick as an indexable number. One
// definition, used when a fact is saved or edited, by the schema upgrades and by import,
// so the derived fields are never out of step with what they are derived from.

import type { FactKind } from '../../analyzer/contract.ts';
import { factKey } from '../../analyzer/text/fold.ts';
import { KIND_FIELDS } from '../../analyzer/export/columns.ts';
import { effectiveFields } from './effective-fields.ts';
import { expandFolded, groupKey } from '../../analyzer/text/group-key.ts';
import { searchFields, searchTerms } from '../../analyzer/text/search-fold.ts';
import type { StoredFactOf } from './types.ts';

export type DerivedFactFields = Pick<StoredFactOf<FactKind>, 'key' | 'group' | 'search' | 'terms' | 'ticked'>;

type Source = Pick<StoredFactOf<FactKind>, 'kind' | 'fields' | 'corrected' | 'quote' | 'checked'>;

export function derivedFactFields(fact: Source): DerivedFactFields {
  const effective = effectiveFields(fact) as Record<string, unknown>;
  // Fields in the contract's order, whatever order the record holds them in (an import reorders).
  const { search, terms } = searchFields([fact.quote, ...KIND_FIELDS[fact.kind].map((name) => effective[name])]);
  // Abbreviations are also found by what they stand for: 'uy ban nhan dan' finds 'UBND'.
  const expanded = searchTerms(expandFolded(search));
  return {
    key: factKey({ ...effective, kind: fact.kind }),
    group: groupKey(fact.kind, effective),
    search,
    terms: [...new Set([...terms, ...expanded])],
    ticked: fact.checked ? 1 : 0,
  };
}
