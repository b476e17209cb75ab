// The interface language: the browser's (the default), English or Vietnamese. The choice is
// stored (i18n/setting.ts) and every open Bantin page, the page legends and the menus
// switch at once. The two languages are named in their own words, so someone who cannot
// read the interface's language still finds theirs.

import { t } from '../i18n/index.ts';
import { browserLanguage, chooseLanguage, languageSetting, type LanguageSetting } from '../i18n/setting.ts';

/** A globe: the sign for 'language' that reads in any language (drawn, as not every system has an emoji font). */
function GlobeIcon() {
  return (
    <svg class="globe" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" stroke-width="1.2">
      <circle cx="8" cy="8" r="6.5" />
      <ellipse cx="8" cy="8" rx="2.8" ry="6.5" />
      <path d="M1.5 8h13M2.6 4.5h10.8M2.6 11.5h10.8" />
    </svg>
  );
}

export function LanguageSelect({ id }: { id: string }) {
  const choose = (value: string) => {
    chooseLanguage(value as LanguageSetting).catch((error: unknown) => console.warn('Bantin: could not store the language setting', error));
  };
  return (
    <span class="language-select">
      <label for={id}>
        <GlobeIcon />
        {t('language.label')}
      </label>{' '}
      <select id={id} value={languageSetting()} onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value)}>
        <option value="auto">{t('language.auto', { language: t(`language.${browserLanguage()}`) })}</option>
        <option value="en" lang="en">
          {t('language.en')}
        </option>
        <option value="vi" lang="vi">
          {t('language.vi')}
        </option>
      </select>
    </span>
  );
}
