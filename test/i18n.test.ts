// The interface in English and Vietnamese (extension/i18n):
//   - no word of the interface is written in a component: the extension's sources are
//     parsed and every string literal, template and JSX text is checked (a Vietnamese
//     letter outside the catalogue fails; so does JSX text or a visible attribute with
//     letters, which would be English written in place), with a short allow-list of data;
//   - both catalogues have the same keys and the same placeholders, and what the browser
//     reads (_locales/*/messages.json, the manifest's __MSG_…__) is generated from them;
//   - t() fills placeholders, numbers and plurals per language; the stored setting picks
//     the language (else the browser's) and switches it while the page runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import config from '../wxt.config.ts';
import { CATALOGUE } from '../extension/i18n/catalogue.ts';
import {
  currentLanguage,
  DEFAULT_LANGUAGE,
  formatMessage,
  kindLabel,
  languageOfTag,
  LANGUAGES,
  onLanguageChange,
  setLanguage,
  t,
  translate,
  type Language,
  type MessageKey,
} from '../extension/i18n/index.ts';
import { localeMessages, manifestMessage, messageName, placeholdersOf } from '../extension/i18n/locales.ts';
import {
  asSetting,
  chooseLanguage,
  followLanguageSetting,
  LANGUAGE_SETTING_KEY,
  languageSetting,
  onLanguageChoice,
  type LanguageApi,
} from '../extension/i18n/setting.ts';
import { FACT_KINDS } from '../analyzer/contract.ts';
import { fieldSummary } from '../extension/ui/fields.ts';
import { formatIsoDate } from '../extension/ui/format.ts';
import { exportName } from '../extension/ui/collection/download.ts';

const EXTENSION = join(import.meta.dirname, '..', 'extension');
const KEYS = Object.keys(CATALOGUE) as MessageKey[];

afterEach(() => setLanguage('vi'));

// --- the hard-coded string scan ----------------------------------------------------------

/** A letter with a diacritic (every Vietnamese letter beyond a–z: ă â đ ê ô ơ ư and the tones). */
const MARKED_LETTER = /[\u0300-\u036f]|[đĐ]/;
const hasVietnamese = (s: string) => MARKED_LETTER.test(s.normalize('NFD'));
const hasLetter = (s: string) => /\p{L}/u.test(s);

/** Attributes a person reads or hears (a string literal there with letters is a written-in word). */
const VISIBLE_ATTRIBUTES = new Set(['title', 'aria-label', 'aria-description', 'placeholder', 'alt', 'label', 'submitLabel']);

/** The only texts with letters written in place, and why they are not words of the interface. */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  { file: 'ui/Panel.tsx', text: 'Ctrl', why: 'a key cap (<kbd>), the same in every language' },
  { file: 'ui/Panel.tsx', text: 'Alt', why: 'a key cap' },
  { file: 'ui/Panel.tsx', text: 'Shift', why: 'a key cap' },
  { file: 'ui/Panel.tsx', text: 'S', why: 'a key cap' },
  { file: 'ui/collection/Filters.tsx', text: 'van phong tinh uy, "chi thi 06"', why: 'an example search: the words of the articles, typed without accents' },
  { file: 'ui/collection/Filters.tsx', text: '06-CT/TW', why: 'an example document code' },
];

interface Finding {
  file: string;
  line: number;
  text: string;
  what: 'vietnamese-literal' | 'jsx-text' | 'visible-attribute';
}

/** Every written-in word of one source file (catalogue aside). */
function hardCodedStrings(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const add = (node: ts.Node, text: string, what: Finding['what']) => {
    const trimmed = text.trim();
    if (ALLOWED.some((a) => a.file === file && a.text === trimmed)) return;
    found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: trimmed, what });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (hasLetter(node.text)) add(node, node.text, hasVietnamese(node.text) ? 'vietnamese-literal' : 'jsx-text');
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const name = node.name.getText(sf);
      const text = node.initializer.text;
      if (hasVietnamese(text)) add(node, text, 'vietnamese-literal');
      else if (VISIBLE_ATTRIBUTES.has(name) && hasLetter(text)) add(node, text, 'visible-attribute');
      return;
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // (Regular expressions are not strings: /[đĐÐ]/ in search.ts is a rule, not a word.)
      if (hasVietnamese(node.text)) add(node, node.text, 'vietnamese-literal');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The extension's sources, relative to extension/ (the catalogue is where the words live). */
function sources(ext: RegExp): string[] {
  return readdirSync(EXTENSION, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f) && !f.startsWith('public'))
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f !== 'i18n/catalogue.ts')
    .sort();
}

describe('no word of the interface is written in place', () => {
  it('no Vietnamese string, JSX text or visible attribute outside the catalogue in extension/**/*.ts(x)', () => {
    const files = sources(/\.tsx?$/);
    expect(files.length).toBeGreaterThan(40);
    expect(files).toContain('ui/Panel.tsx');
    expect(files).toContain('highlight/draw.ts');
    const findings = files.flatMap((f) => hardCodedStrings(f, readFileSync(join(EXTENSION, f), 'utf8')));
    expect(findings, findings.map((x) => `${x.file}:${x.line} ${x.what}: ${JSON.stringify(x.text)}`).join('\n')).toEqual([]);
  });

  it('every allow-listed text is still there (the list stays short and true)', () => {
    for (const a of ALLOWED) expect(readFileSync(join(EXTENSION, a.file), 'utf8'), `${a.file}: ${a.text}`).toContain(a.text);
  });

  it('the HTML pages carry no words of their own (their titles are set from the catalogue)', () => {
    for (const f of sources(/\.html$/)) {
      const text = readFileSync(join(EXTENSION, f), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
      expect(hasVietnamese(text), f).toBe(false);
      expect(/<title>([^<]*)<\/title>/.exec(text)?.[1], f).toBe('Bantin');
    }
  });

  it('the scan catches what it is for', () => {
    const src = `
      const a = 'Đã lưu';
      const b = \`\${n} dữ kiện\`;
      const ok = { key: 'panel.save', css: 'kind-group', re: /[đĐ]/ };
      export const C = () => (
        <p title="Open" aria-label={t('x')}>
          Analyze again <b>{t('panel.save', { count: 1 })}</b> Lưu
        </p>
      );`;
    expect(hardCodedStrings('ui/Example.tsx', src).map((f) => [f.what, f.text])).toEqual([
      ['vietnamese-literal', 'Đã lưu'],
      ['vietnamese-literal', 'dữ kiện'],
      ['visible-attribute', 'Open'],
      ['jsx-text', 'Analyze again'],
      ['vietnamese-literal', 'Lưu'],
    ]);
  });
});

// --- the catalogues -------------------------------------------------------------------

/** English messages that keep Vietnamese words on purpose (examples of what to type, the endonym). */
const ENGLISH_WITH_VIETNAMESE: readonly MessageKey[] = ['language.vi', 'hint.documentType', 'hint.countUnit', 'hint.countSubject'];

describe('the catalogues', () => {
  it('every key has an English and a Vietnamese message, none empty', () => {
    expect(KEYS.length).toBeGreaterThan(150);
    for (const key of KEYS) {
      for (const language of LANGUAGES) expect(CATALOGUE[key][language].trim(), `${key} (${language})`).not.toBe('');
      expect(Object.keys(CATALOGUE[key]).sort(), key).toEqual([...LANGUAGES].sort());
    }
  });

  it('both have the same keys and the same placeholders (generated _locales included)', () => {
    const en = localeMessages('en');
    const vi = localeMessages('vi');
    expect(Object.keys(vi)).toEqual(Object.keys(en));
    for (const key of KEYS) {
      const names = (language: Language) => placeholdersOf(CATALOGUE[key][language]).sort();
      expect(names('vi'), key).toEqual(names('en'));
      const name = messageName(key);
      expect(Object.keys(vi[name].placeholders ?? {}), key).toEqual(Object.keys(en[name].placeholders ?? {}));
    }
  });

  it('plural forms: English "one | other" only with a {count}, each form with every placeholder; Vietnamese has one form', () => {
    for (const key of KEYS) {
      const { en, vi } = CATALOGUE[key];
      expect(vi, key).not.toContain(' | ');
      if (!en.includes(' | ')) continue;
      const forms = en.split(' | ');
      expect(forms, key).toHaveLength(2);
      expect(placeholdersOf(en), key).toContain('count');
      for (const form of forms) expect(placeholdersOf(form).sort(), `${key}: ${form}`).toEqual(placeholdersOf(en).sort());
    }
  });

  it('keys are dotted words, and their _locales names are distinct (the browser ignores case)', () => {
    for (const key of KEYS) expect(key).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/);
    const names = KEYS.map((k) => messageName(k).toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const name of Object.keys(localeMessages('en'))) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('the English catalogue is English: Vietnamese letters only where listed', () => {
    const vietnamese = KEYS.filter((k) => hasVietnamese(CATALOGUE[k].en));
    expect(vietnamese.sort()).toEqual([...ENGLISH_WITH_VIETNAMESE].sort());
  });

  it('messages.json: placeholders as $name$ with $1, $2 … in the order the English message names them; "$" escaped', () => {
    const en = localeMessages('en');
    const vi = localeMessages('vi');
    expect(en['panel_save']).toEqual({ message: 'Save ($count$)', placeholders: { count: { content: '$1' } } });
    expect(vi['panel_save']).toEqual({ message: 'Lưu ($count$)', placeholders: { count: { content: '$1' } } });
    expect(Object.entries(en['save_partial'].placeholders!).map(([n, p]) => `${n}=${p.content}`)).toEqual([
      'manualDone=$1',
      'manualTotal=$2',
      'updatesDone=$3',
      'updatesTotal=$4',
      'error=$5',
    ]);
    expect(vi['manifest_description'].message).toBe(CATALOGUE['manifest.description'].vi);
    for (const m of [...Object.values(en), ...Object.values(vi)]) expect(m.message.replace(/\$\$|\$\w+\$/g, '')).not.toContain('$');
  });
});

describe('the manifest speaks the browser language', () => {
  type Manifest = Record<string, unknown> & { commands: Record<string, { description: string }>; action: { default_title: string } };
  const manifestFor = async (browser: 'chrome' | 'firefox') =>
    (await (config.manifest as (env: object) => Manifest | Promise<Manifest>)({ browser, manifestVersion: 3, mode: 'production', command: 'build' })) as Manifest;

  it('name, description, toolbar title and shortcut descriptions are __MSG_ names of the catalogue; default_locale is English', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = await manifestFor(browser);
      expect(m.default_locale).toBe(DEFAULT_LANGUAGE);
      expect(m.name).toBe(manifestMessage('manifest.name'));
      expect(m.description).toBe(manifestMessage('manifest.description'));
      expect(m.action.default_title).toBe(manifestMessage('manifest.actionTitle'));
      expect(m.commands.analyze.description).toBe(manifestMessage('manifest.commandAnalyze'));
      expect(m.commands.save.description).toBe(manifestMessage('manifest.commandSave'));
      // Every __MSG_ reference names a message both locales have.
      const refs = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]);
      expect(refs.length).toBe(5);
      for (const language of LANGUAGES) for (const ref of refs) expect(localeMessages(language), `${language}: ${ref}`).toHaveProperty(ref);
    }
  });

  it('the build writes _locales/en and _locales/vi from the catalogue', () => {
    const files: { relativeDest: string; contents?: string }[] = [];
    const hook = (config.hooks as Record<string, (wxt: unknown, files: unknown[]) => void>)['build:publicAssets'];
    hook({}, files);
    expect(files.map((f) => f.relativeDest)).toEqual(['_locales/en/messages.json', '_locales/vi/messages.json']);
    expect(JSON.parse(files[1].contents!)).toEqual(localeMessages('vi'));
    expect(JSON.parse(files[0].contents!)['menu_analyzePage'].message).toBe('Analyze this page');
  });
});

// --- t() and the language in use ------------------------------------------------------------

describe('t()', () => {
  it('gives the message in the language in use, and switches with it', () => {
    setLanguage('en');
    expect(t('panel.save', { count: 3 })).toBe('Save (3)');
    expect(kindLabel('office')).toBe('Office');
    setLanguage('vi');
    expect(t('panel.save', { count: 3 })).toBe('Lưu (3)');
    expect(kindLabel('office')).toBe('Cơ quan');
    expect(translate('en', 'menu.analyzeSelection')).toBe('Analyze the selected text');
    for (const kind of FACT_KINDS) expect(translate('en', `kind.${kind}`)).not.toBe(translate('vi', `kind.${kind}`));
  });

  it('writes numbers the language way, and ids as they are', () => {
    expect(translate('en', 'collection.totalFacts', { count: 100000 })).toBe('100,000 facts saved');
    expect(translate('vi', 'collection.totalFacts', { count: 100000 })).toBe('100.000 dữ kiện đã lưu');
    expect(translate('en', 'collection.articleFilter', { id: String(12345) })).toBe('Article #12345');
  });

  it('picks the English singular or plural by count; Vietnamese has one form', () => {
    expect(translate('en', 'legend.facts', { title: 'Bantin', count: 1 })).toBe('Bantin · 1 fact');
    expect(translate('en', 'legend.facts', { title: 'Bantin', count: 0 })).toBe('Bantin · 0 facts');
    expect(translate('en', 'legend.facts', { title: 'Bantin', count: 12 })).toBe('Bantin · 12 facts');
    expect(translate('vi', 'legend.facts', { title: 'Bantin', count: 1 })).toBe('Bantin · 1 dữ kiện');
    expect(formatMessage('en', 'a | b', { count: 1 })).toBe('a');
    expect(formatMessage('en', 'x | y')).toBe('x | y');
  });

  it('tells its listeners when the language changes, once', () => {
    setLanguage('vi');
    const seen: Language[] = [];
    const off = onLanguageChange((l) => seen.push(l));
    setLanguage('en');
    setLanguage('en');
    setLanguage('vi');
    off();
    setLanguage('en');
    expect(seen).toEqual(['en', 'vi']);
  });

  it('the browser language: Vietnamese for vi, vi-VN …; English for the rest', () => {
    for (const tag of ['vi', 'vi-VN', 'VI_vn']) expect(languageOfTag(tag)).toBe('vi');
    for (const tag of ['en', 'en-US', 'fr', 'zh-CN', '', undefined]) expect(languageOfTag(tag)).toBe('en');
  });

  it('UI modules speak it: field summaries, dates, export names', () => {
    setLanguage('en');
    expect(fieldSummary('count', { value: 95, unit: '%', approx: 'over' })).toBe('over 95 %');
    expect(fieldSummary('award', { name: 'Bằng khen', grantor: 'UBND tỉnh', year: 2012 })).toBe('Bằng khen · by: UBND tỉnh · 2012');
    expect(formatIsoDate('2012-08-27T10:05')).toBe('27 Aug 2012 10:05');
    expect(formatIsoDate('2012-08')).toBe('Aug 2012');
    expect(exportName('csv', 'filtered')).toMatch(/^bantin-filtered-\d{4}-\d{2}-\d{2}\.csv$/);
    setLanguage('vi');
    expect(fieldSummary('count', { value: 95, unit: '%', approx: 'over' })).toBe('trên 95 %');
    expect(formatIsoDate('2012-08-27T10:05')).toBe('27/08/2012 10:05');
    expect(exportName('json', 'all')).toMatch(/^bantin-tat-ca-/);
  });
});

// --- the stored setting -----------------------------------------------------------------

/** browser.storage.local with onChanged, and the browser's UI language. */
function fakeApi(uiLanguage: string, stored: Record<string, unknown> = {}) {
  const items = { ...stored };
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
  const api: LanguageApi = {
    storage: {
      local: {
        get: async (key) => (key in items ? { [key]: items[key] } : {}),
        set: async (values) => {
          const changes = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { newValue: v, oldValue: items[k] }]));
          Object.assign(items, values);
          for (const l of [...listeners]) l(changes, 'local');
        },
      },
      onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
    },
    i18n: { getUILanguage: () => uiLanguage },
  };
  /** Another page (or the background) storing a setting. */
  const storeElsewhere = (value: unknown) => api.storage.local.set({ [LANGUAGE_SETTING_KEY]: value });
  return { api, items, storeElsewhere, listeners };
}

describe('the language setting', () => {
  it('nothing stored: the browser language (English browser → English, Vietnamese → Vietnamese)', async () => {
    setLanguage('vi');
    let f = await followLanguageSetting(fakeApi('en-US').api);
    expect([languageSetting(), currentLanguage()]).toEqual(['auto', 'en']);
    f.stop();
    f = await followLanguageSetting(fakeApi('vi').api);
    expect([languageSetting(), currentLanguage()]).toEqual(['auto', 'vi']);
    f.stop();
  });

  it('a stored choice wins over the browser; anything else stored counts as auto', async () => {
    let f = await followLanguageSetting(fakeApi('en-US', { [LANGUAGE_SETTING_KEY]: 'vi' }).api);
    expect(currentLanguage()).toBe('vi');
    f.stop();
    f = await followLanguageSetting(fakeApi('vi-VN', { [LANGUAGE_SETTING_KEY]: 'en' }).api);
    expect(currentLanguage()).toBe('en');
    f.stop();
    expect(asSetting('de')).toBe('auto');
    expect(asSetting(undefined)).toBe('auto');
    expect(asSetting('vi')).toBe('vi');
  });

  it('switches at once when another page stores a choice, and tells the page to redraw', async () => {
    const { api, storeElsewhere, listeners } = fakeApi('en-US');
    const f = await followLanguageSetting(api);
    const redraws = vi.fn();
    const off = onLanguageChoice(redraws);
    expect(currentLanguage()).toBe('en');
    await storeElsewhere('vi');
    expect(currentLanguage()).toBe('vi');
    await storeElsewhere('auto');
    expect(currentLanguage()).toBe('en');
    // Same language, another setting: the picker must show it.
    await storeElsewhere('en');
    expect(redraws).toHaveBeenCalledTimes(3);
    off();
    f.stop();
    expect(listeners.size).toBe(0);
  });

  it('chooseLanguage: in use here at once, and stored for the other contexts', async () => {
    const { api, items } = fakeApi('en-US');
    const f = await followLanguageSetting(api);
    const pending = chooseLanguage('vi');
    expect(currentLanguage()).toBe('vi');
    await pending;
    expect(items[LANGUAGE_SETTING_KEY]).toBe('vi');
    f.stop();
  });

  it('a storage that cannot be read leaves the browser language', async () => {
    const { api } = fakeApi('vi');
    api.storage.local.get = async () => {
      throw new Error('no storage');
    };
    setLanguage('en');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const f = await followLanguageSetting(api);
    warn.mockRestore();
    expect(currentLanguage()).toBe('vi');
    f.stop();
  });
});
