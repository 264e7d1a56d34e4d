import { render } from 'preact';
import { browserApi } from '../ui/api-browser.ts';
import { Popup } from './Popup.tsx';

const root = document.getElementById('app');
if (root) render(<Popup api={browserApi} />, root);
