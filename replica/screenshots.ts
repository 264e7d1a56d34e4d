import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openReplicaBrowser } from './browser.ts';
import { renderScreen } from './render/index.ts';
import { SCREENS, type ScreenId, type ScreenInfo, screenPath, screenUrl } from './render/screens.ts';
import { ALL_VARIANTS, type Variant, variantKey } from './render/types.ts';

// `npm run screenshots:replica [-- --only fr-new-clean-normal,nl-new-clean-normal] [--out DIR]`: a screenshot of
// every screen in every variant, taken in real Chromium at the screens' real URLs (served over HTTPS from
// 127.0.0.1 with the real host names). Each screen shows the renderer's sample data, so the pictures are stable.

const { values } = parseArgs({
  options: { only: { type: 'string' }, out: { type: 'string', default: 'docs/replica' } },
});
const wanted = values.only?.split(',').map((s) => s.trim());
const variants = ALL_VARIANTS.filter((v) => !wanted || wanted.includes(variantKey(v)));
if (variants.length === 0) {
  console.error(`No variant matches --only ${values.only}`);
  process.exit(2);
}

/** The variant being photographed; the handler renders every request in it. */
let current: Variant = variants[0] as Variant;

function screenAt(host: string, path: string): ScreenInfo | undefined {
  return SCREENS.find((s) => s.host === host && screenPath(s.id, current.lang) === path);
}

function handler(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', `https://${req.headers.host ?? ''}`);
  const screen = screenAt(url.hostname, url.pathname);
  if (!screen) {
    res.writeHead(404);
    res.end();
    return;
  }
  const html = renderScreen(screen.id, current, {
    inFrame: url.searchParams.get('frame') === '1',
    lateDelayMs: 500,
  });
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
}

const { browser, close } = await openReplicaBrowser(handler);

const index: string[] = [
  '# Replica screenshots',
  '',
  'Made by `npm run screenshots:replica` (see replica/README.md).',
  '',
];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const variant of variants) {
    current = variant;
    const dir = join(values.out, variantKey(variant));
    mkdirSync(dir, { recursive: true });
    index.push(`## ${variantKey(variant)}`, '');
    for (const screen of SCREENS) {
      await page.goto(screenUrl(screen.id as ScreenId, variant.lang), { waitUntil: 'load' });
      // Late variant: wait for the script to render the content; iframe variant: for the framed application.
      await page.waitForFunction(() => !document.querySelector('[data-late-placeholder]'));
      if (variant.timing === 'iframe' && screen.accessManagement) {
        const frame = await (await page.waitForSelector('iframe')).contentFrame();
        await frame?.waitForLoadState('load');
      }
      const file = `${screen.id}.png`;
      await page.screenshot({ path: join(dir, file), fullPage: true });
      index.push(
        `- [${screen.id}](${variantKey(variant)}/${file}) — ${screen.steps.join(', ') || 'no step'}`,
      );
    }
    index.push('');
    console.log(`${variantKey(variant)}: ${SCREENS.length} screenshots`);
  }
} finally {
  await close();
}
writeFileSync(join(values.out, 'INDEX.md'), `${index.join('\n').trimEnd()}\n`);
