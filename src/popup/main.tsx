import { render } from 'preact';
import { browserApi } from './api-browser.ts';
import { Popup } from './Popup.tsx';

const root = document.getElementById('app');
if (root) render(<Popup api={browserApi} />, root);
