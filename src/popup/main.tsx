import { render } from 'preact';
import { browserApi } from '../ui/api-browser.ts';
import { type FirstView, readFirstView } from './first-view.ts';
import { Popup } from './Popup.tsx';

// Rendered once what the popup can read directly is there, so that its first frame already says where the client
// is; the background's answer refines it. If that read fails, the popup waits for the background.
const root = document.getElementById('app');
if (root) {
  const show = (first: FirstView | null) =>
    render(<Popup api={browserApi} first={first ?? undefined} />, root);
  readFirstView(browserApi).then(show, () => show(null));
}
