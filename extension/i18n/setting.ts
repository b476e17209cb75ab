// The researcher's choice of interface language, kept in browser.storage.local: 'auto' (the
// browser's language, the default), 'en' or 'vi'. Every context that shows words follows
// it: the side panel and the collection page redraw at once, the content script redraws the
// page's legend, the background retitles its menus. storage.onChanged tells each of them,
// whichever page made the change.

import { browserLanguageTag, currentLanguage, languageOfTag, setLanguage, type Language } from './index.ts';

export type LanguageSetting = 'auto' | Language;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'en', 'vi'];
/** Its key in storage.local. */
export const LANGUAGE_SETTING_KEY = 'uiLanguage';

type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** The part of the WebExtension API the setting uses (wxt's `browser`, or a fake in tests). */
export interface LanguageApi {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    onChanged: {
      addListener(listener: (changes: StorageChanges, area: string) => void): void;
      removeListener(listener: (changes: StorageChanges, area: string) => void): void;
    };
  };
  i18n?: { getUILanguage(): string };
}

let api: LanguageApi | undefined;
let setting: LanguageSetting = 'auto';
const choiceListeners = new Set<() => void>();

/** Anything stored that is not a setting (an older or foreign value) counts as 'auto'. */
export function asSetting(value: unknown): LanguageSetting {
  return LANGUAGE_SETTINGS.includes(value as LanguageSetting) ? (value as LanguageSetting) : 'auto';
}

/** The browser's interface language as one of ours. */
export function browserLanguage(): Language {
  let tag: string | undefined;
  try {
    tag = api?.i18n?.getUILanguage();
  } catch {
    tag = undefined;
  }
  return languageOfTag(tag ?? browserLanguageTag());
}

/** The language a setting stands for. */
export function resolveLanguage(choice: LanguageSetting, browser: Language = browserLanguage()): Language {
  return choice === 'auto' ? browser : choice;
}

/** The setting in force here. */
export function languageSetting(): LanguageSetting {
  return setting;
}

/**
 * Calls back when the setting or the language in use changed (a page redraws: its language
 * picker shows the setting, even when the language stays the same); returns the unsubscribe.
 */
export function onLanguageChoice(listener: () => void): () => void {
  choiceListeners.add(listener);
  return () => choiceListeners.delete(listener);
}

function apply(choice: LanguageSetting): void {
  const before = `${setting}/${currentLanguage()}`;
  setting = choice;
  setLanguage(resolveLanguage(choice));
  if (`${setting}/${currentLanguage()}` !== before) for (const listener of [...choiceListeners]) listener();
}

/**
 * Reads the stored setting, puts its language in use, and follows its changes from now on.
 * Resolves once the language is in use (a storage failure leaves the browser's language);
 * `stop` ends the following.
 */
export async function followLanguageSetting(browserApi: LanguageApi): Promise<{ stop(): void }> {
  api = browserApi;
  const onChanged = (changes: StorageChanges, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, LANGUAGE_SETTING_KEY)) apply(asSetting(changes[LANGUAGE_SETTING_KEY].newValue));
  };
  browserApi.storage.onChanged.addListener(onChanged);
  try {
    const stored = await browserApi.storage.local.get(LANGUAGE_SETTING_KEY);
    apply(asSetting(stored?.[LANGUAGE_SETTING_KEY]));
  } catch (error) {
    console.warn('Bantin: could not read the language setting', error);
    apply('auto');
  }
  return { stop: () => browserApi.storage.onChanged.removeListener(onChanged) };
}

/** Stores a new setting; it is in use here at once (the other contexts follow through storage). */
export async function chooseLanguage(choice: LanguageSetting): Promise<void> {
  apply(choice);
  await api?.storage.local.set({ [LANGUAGE_SETTING_KEY]: choice });
}
