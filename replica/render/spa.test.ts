// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderScreen } from './index.ts';
import { fieldName } from './markup.ts';
import type { Variant } from './types.ts';

// The single-page variant's router, run in jsdom against a fake fetch: links, div buttons and form posts are fetched
// and the body swapped with history.pushState, even where the poor markup's own onclick would navigate.

const SPA_POOR: Variant = { lang: 'fr', wording: 'new', markup: 'poor', timing: 'spa' };
const BASE = 'https://www.socialsecurity.be';

/** Loads a page into the test's document and runs its inline scripts, as a browser would. */
function load(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.innerHTML = parsed.documentElement.innerHTML;
  for (const old of document.querySelectorAll('script')) run(old.textContent ?? '');
}

function run(code: string): void {
  const script = document.createElement('script');
  script.textContent = code;
  document.head.append(script);
}

/**
 * Page scripts run in jsdom's own global, out of the test's reach: the fake fetch is a page script too. It answers
 * from <template data-answer="URL"> elements in <head> (which the router never swaps) and logs each call there.
 */
function fakeFetch(
  answers: Record<string, { url: string; html: string }>,
): () => { url: string; method: string; body: string }[] {
  for (const [request, answer] of Object.entries(answers)) {
    const t = document.createElement('template');
    t.dataset.answer = request;
    t.dataset.url = `${BASE}${answer.url}`;
    t.innerHTML = answer.html.replace(/^<!DOCTYPE html>/, '');
    document.head.append(t);
  }
  run(`window.fetch = function (url, init) {
    init = init || {};
    var log = document.createElement('meta');
    log.setAttribute('data-call', JSON.stringify({ url: url, method: init.method || 'GET', body: String(init.body || '') }));
    document.head.append(log);
    var request = (init.method || 'GET') + ' ' + new URL(url).pathname;
    var t = document.querySelector('template[data-answer="' + request + '"]');
    if (!t) return Promise.reject(new Error('no answer for ' + request));
    var html = '<!DOCTYPE html><html>' + t.innerHTML + '</html>';
    // The answer's URL is the one after redirects, as with fetch's redirect: 'follow'.
    return Promise.resolve({ url: t.dataset.url, text: function () { return Promise.resolve(html); } });
  };`);
  return () =>
    [...document.querySelectorAll('meta[data-call]')].map((m) =>
      JSON.parse(m.getAttribute('data-call') ?? '{}'),
    );
}

function truth(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-replica-truth="${id}"]`);
  if (!el) throw new Error(`no ${id}`);
  return el;
}

describe('spa router', () => {
  it('swaps pages for links, div buttons and form posts without loading a page', async () => {
    load(renderScreen('home', SPA_POOR, { truth: true }));
    const calls = fakeFetch({
      'GET /app021/portal/services.do': {
        url: '/app021/portal/services.do',
        html: renderScreen('services', SPA_POOR, { truth: true }),
      },
      'GET /app011/umoe/newuser.do': {
        url: '/app011/umoe/newuser.do',
        html: renderScreen('am-niss', SPA_POOR, { truth: true }),
      },
      // The server answers the post with a 303 to the rights page.
      'POST /app011/umoe/newuser.do': {
        url: '/app011/umoe/rights.do',
        html: renderScreen('am-rights', SPA_POOR, { truth: true }),
      },
    });
    const historyBefore = history.length;

    truth('connect.all-services').click();
    await expect.poll(() => location.pathname).toBe('/app021/portal/services.do');
    expect(calls()[0]).toEqual({ url: `${BASE}/app021/portal/services.do`, method: 'GET', body: '' });
    expect(document.title).toContain('Services en ligne');

    history.pushState({}, '', '/app011/umoe/users.do');
    document.body.innerHTML = new DOMParser().parseFromString(
      renderScreen('am-users', SPA_POOR, { truth: true }),
      'text/html',
    ).body.innerHTML;
    truth('grant.add-user').click();
    await expect.poll(() => location.pathname).toBe('/app011/umoe/newuser.do');

    // jsdom (unlike browsers) does not compile the inline onclick of nodes parsed by DOMParser and adopted, as the
    // router does; re-parsing the swapped body in the live document gives the poor markup's buttons their handlers.
    const swapped = document.body.innerHTML;
    document.body.innerHTML = swapped;
    (truth('grant.niss') as HTMLInputElement).value = '70041243623';
    truth('grant.niss:submit').click();
    await expect.poll(() => location.pathname).toBe('/app011/umoe/rights.do');
    const post = calls()[2];
    expect(post?.method).toBe('POST');
    expect(post?.body).toContain(`${encodeURIComponent(fieldName('poor', 'niss'))}=70041243623`);
    expect(truth('grant.save')).not.toBeNull();
    expect(history.length).toBe(historyBefore + 4);
  }, 15_000);
});
