import { type Ctx, c, esc } from './markup.ts';
import { SAMPLE_DATA } from './sample.ts';
import { ACTIONS, type ScreenId, type ScreenInfo, screenInfo, screenPath } from './screens.ts';
import { type TextKey, text } from './text.ts';
import { isSemantic, type ScreenData, type Variant } from './types.ts';

/** Everything a page function needs: the variant, the data with defaults, captions and links. */
export interface RenderCtx extends Ctx {
  d: ScreenData & typeof SAMPLE_DATA;
  screen: ScreenInfo;
  /** Caption, HTML-escaped. */
  t(key: TextKey, params?: Record<string, string>): string;
  /** Caption, raw (for attributes that are escaped later). */
  raw(key: TextKey, params?: Record<string, string>): string;
  /** `class="…"` for a semantic class. */
  c(name: string): string;
  /** href (and target) attributes of a link to a screen or action. */
  to(target: ScreenId | keyof typeof ACTIONS, query?: Record<string, string>): string;
  /** Plain URL of a screen or action. */
  url(target: ScreenId | keyof typeof ACTIONS, query?: Record<string, string>): string;
  /** Tag name for a landmark: semantic in clean markup, div in poor markup. */
  tag(name: 'header' | 'nav' | 'main' | 'footer' | 'aside' | 'section'): string;
}

function isScreen(target: string): target is ScreenId {
  return !(target in ACTIONS);
}

export function makeCtx(id: ScreenId, v: Variant, data: ScreenData): RenderCtx {
  const d = { ...SAMPLE_DATA, ...data };
  const screen = screenInfo(id);
  const framed = v.timing === 'iframe' && d.inFrame === true;
  const ctx: Ctx = { v, d };

  const url = (target: ScreenId | keyof typeof ACTIONS, query: Record<string, string> = {}): string => {
    const dest = isScreen(target)
      ? {
          host: screenInfo(target).host,
          path: screenPath(target, v.lang),
          am: screenInfo(target).accessManagement,
        }
      : { ...ACTIONS[target], am: false };
    const q = new URLSearchParams(query);
    if (framed && dest.am) q.set('frame', '1');
    if (dest.host !== screen.host && d.handoff) q.set('rs', d.handoff);
    const qs = q.toString() ? `?${q.toString()}` : '';
    return dest.host === screen.host ? `${dest.path}${qs}` : `https://${dest.host}${dest.path}${qs}`;
  };

  return {
    v,
    d,
    screen,
    t: (key, params) => esc(text(v.lang, v.wording, key, params)),
    raw: (key, params) => text(v.lang, v.wording, key, params),
    c: (name) => c(ctx, name),
    url,
    to: (target, query) => {
      const leavesFrame = framed && !(isScreen(target) && screenInfo(target).accessManagement);
      return `href="${esc(url(target, query))}"${leavesFrame ? ' target="_top"' : ''}`;
    },
    tag: (name) => (isSemantic(v.markup) ? name : 'div'),
  };
}
