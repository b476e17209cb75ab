// Side panel (Chromium sidePanel, Firefox sidebar_action): mounts the Preact panel over the
// browser-message adapter.

import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createBrowserPort } from '../../ui/browser-port.ts';
import { Panel } from '../../ui/Panel.tsx';
import { paletteCssVariables } from '../../ui/palette.ts';
import './style.css';

const root = document.getElementById('app');
if (!root) throw new Error('sidepanel: #app is missing from index.html');
document.documentElement.setAttribute('style', paletteCssVariables());
render(<Panel port={createBrowserPort(browser)} />, root);
