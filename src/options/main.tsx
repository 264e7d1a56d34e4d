import { render } from 'preact';
import { browserApi } from '../ui/api-browser.ts';
import { Options } from './Options.tsx';

const root = document.getElementById('app');
if (root) render(<Options api={browserApi} />, root);
