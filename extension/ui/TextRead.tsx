// What the analysis read: the page's text as the extractor took it (the same text as
// `bantin extract`), folded away under a summary that says how long it is and where it came
// from, so a researcher can check that the lead and the body were read and nothing else.

import { t } from '../i18n/index.ts';
import type { PageState } from './panel-state.ts';

const FROM = {
  readability: 'panel.textFrom.readability',
  embedded: 'panel.textFrom.embedded',
  body: 'panel.textFrom.body',
  selection: 'panel.textFrom.selection',
} as const;

export function TextRead({ page }: { page: PageState }) {
  const from = t(FROM[page.method ?? 'readability']);
  return (
    <details class="text-read">
      <summary>{t('panel.textRead', { count: page.text.length.toLocaleString(), from })}</summary>
      <pre class="text-read-body">
        {page.text}
      </pre>
    </details>
  );
}
