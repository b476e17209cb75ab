// The collection page (collection.html): every saved fact and article, opened from the side
// panel and the toolbar button's menu. It opens the database itself (an extension page has
// the extension's IndexedDB).

import { render } from 'preact';
import { openDatabase } from '../../storage/articles.ts';
import { Collection } from '../../ui/collection/Collection.tsx';
import { paletteCssVariables } from '../../ui/palette.ts';
import '../sidepanel/style.css';
import './style.css';

const root = document.getElementById('app');
if (!root) throw new Error('collection: #app is missing from index.html');
document.documentElement.setAttribute('style', paletteCssVariables());
render(<Collection openDb={(onBlocked) => openDatabase(undefined, { onBlocked })} />, root);
