// The collection page (collection.html): every saved fact and article, opened from the side
// panel and the toolbar button's menu. It opens the database itself (an extension page has
// the extension's IndexedDB). Like the side panel it speaks the interface language and
// draws itself again when that choice changes (i18n/setting.ts).

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { currentLanguage, t } from '../../i18n/index.ts';
import { followLanguageSetting, onLanguageChoice } from '../../i18n/setting.ts';
import { openDatabase } from '../../storage/articles.ts';
import { Collection } from '../../ui/collection/Collection.tsx';
import { paletteCssVariables } from '../../ui/palette.ts';
import '../sidepanel/style.css';
import './style.css';

const root = document.getElementById('app');
if (!root) throw new Error('collection: #app is missing from index.html');
document.documentElement.setAttribute('style', paletteCssVariables());
// One function for every render: the page opens the database again when it changes.
const openDb = (onBlocked: () => void) => openDatabase(undefined, { onBlocked });

/** (Re)renders the page in the language in use: filters, view and loaded rows are kept. */
function draw(): void {
  document.documentElement.lang = currentLanguage();
  document.title = t('collection.title');
  render(<Collection openDb={openDb} />, root!);
}

void followLanguageSetting(browser).finally(() => {
  draw();
  onLanguageChoice(draw);
});
