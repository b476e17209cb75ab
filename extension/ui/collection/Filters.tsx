// The filter bar: kinds, province, outlet, tag, published dates, document code, words,
// and whether unticked facts count. Controlled: every change goes up as a new filter.

import type { FactKind } from '../../../analyzer/contract.ts';
import { kindLabel, t } from '../../i18n/index.ts';
import type { CollectionFilter } from '../../storage/collection.ts';
import { KIND_ORDER } from '../palette.ts';
import { DATE_PREFIX } from './url-state.ts';

export interface Choices {
  provinces: string[];
  sources: string[];
  tags: string[];
}

export interface FiltersProps {
  filter: CollectionFilter;
  choices: Choices;
  onChange(next: CollectionFilter): void;
}


export function Filters({ filter, choices, onChange }: FiltersProps) {
  const set = (patch: Partial<CollectionFilter>) => {
    const next: CollectionFilter = { ...filter, ...patch };
    for (const k of Object.keys(next) as (keyof CollectionFilter)[]) if (next[k] === '' || next[k] === undefined) delete next[k];
    onChange(next);
  };
  const toggleKind = (kind: FactKind) => {
    const kinds = new Set(filter.kinds ?? []);
    if (kinds.has(kind)) kinds.delete(kind);
    else kinds.add(kind);
    set({ kinds: kinds.size ? KIND_ORDER.filter((k) => kinds.has(k)) : undefined });
  };
  const select = (id: string, label: string, value: string | undefined, options: string[], key: 'province' | 'source' | 'tag') => (
    <label for={id}>
      {label}
      <select id={id} value={value ?? ''} onChange={(e) => set({ [key]: (e.currentTarget as HTMLSelectElement).value || undefined })}>
        <option value="">{t('filters.all')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
  const date = (id: 'from' | 'to', label: string) => {
    const value = filter[id] ?? '';
    return (
      <label for={`filter-${id}`}>
        {label}
        <input
          id={`filter-${id}`}
          type="text"
          inputMode="numeric"
          placeholder={id === 'from' ? '2012 / 2012-08-27' : '2024-12'}
          value={value}
          aria-invalid={value && !DATE_PREFIX.test(value) ? 'true' : undefined}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value.trim();
            if (!v || DATE_PREFIX.test(v)) set({ [id]: v || undefined });
          }}
          size={11}
        />
      </label>
    );
  };

  return (
    <form class="filters" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <label for="filter-text" class="grow">
        {t('filters.search')}
        <input
          id="filter-text"
          type="search"
          placeholder='van phong tinh uy, "chi thi 06"'
          value={filter.text ?? ''}
          onInput={(e) => set({ text: (e.currentTarget as HTMLInputElement).value || undefined })}
        />
      </label>
      <fieldset class="kinds">
        <legend>{t('label.kind')}</legend>
        {KIND_ORDER.map((k) => (
          <label key={k} class="kind-toggle" style={{ borderColor: `var(--bantin-${k}-border)` }}>
            <input type="checkbox" checked={filter.kinds?.includes(k) ?? false} onChange={() => toggleKind(k)} />
            {kindLabel(k)}
          </label>
        ))}
      </fieldset>
      {select('filter-province', t('label.province'), filter.province, choices.provinces, 'province')}
      {select('filter-source', t('label.source'), filter.source, choices.sources, 'source')}
      {select('filter-tag', t('label.tag'), filter.tag, choices.tags, 'tag')}
      {date('from', t('filters.from'))}
      {date('to', t('filters.to'))}
      <label for="filter-code">
        {t('filters.code')}
        <input
          id="filter-code"
          type="text"
          placeholder="06-CT/TW"
          value={filter.code ?? ''}
          onInput={(e) => set({ code: (e.currentTarget as HTMLInputElement).value || undefined })}
          size={12}
        />
      </label>
      <label class="inline">
        <input type="checkbox" checked={!!filter.includeUnticked} onChange={(e) => set({ includeUnticked: (e.currentTarget as HTMLInputElement).checked || undefined })} />
        {t('filters.unticked')}
      </label>
    </form>
  );
}
