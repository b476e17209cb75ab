// The id the side panel gives a fact of an analysis before it is saved (for ticks and
// corrections): kind and scoring key, which the analyzer keeps unique within an article
// and which survive re-analysing the page. Dexie-free, so content scripts may use it.

import type { Fact } from '../../analyzer/contract.ts';
import { factKey } from '../../analyzer/text/fold.ts';

export function analysisFactId(fact: Fact): string {
  return `${fact.kind}|${factKey(fact)}`;
}
