import type { RenderCtx } from './context.ts';
import { formatEnterpriseNumber } from './format.ts';
import { esc, hash } from './markup.ts';
import { screenPath } from './screens.ts';
import { lateScript, SPA_SCRIPT } from './scripts.ts';
import { type Look, styleSheet } from './styles.ts';
import { type Company, isSemantic, type Lang, type Quality } from './types.ts';

// Document shells per host look, and the timing/structure variants that wrap a page's main content.

export interface Page {
  title: string;
  /** The screen's main content (HTML). */
  main: string;
  /** Right-hand column (portal pages only). */
  side?: string;
}

const LANG_LABELS: Record<Lang | 'en', string> = { fr: 'FR', nl: 'NL', de: 'DE', en: 'EN' };

export function qualityKey(q: Quality): 'qualityPrincipal' | 'qualityManager' | 'qualityUser' {
  return q === 'principal' ? 'qualityPrincipal' : q === 'manager' ? 'qualityManager' : 'qualityUser';
}

function head(ctx: RenderCtx, title: string, look: Look, extra = ''): string {
  // The single-page variant is the portal's own application; the federal login and the KBO stay classic sites.
  const spa = ctx.v.timing === 'spa' && look === 'portal' ? SPA_SCRIPT : '';
  return `<!DOCTYPE html><html lang="${ctx.v.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${styleSheet(look, ctx.v.markup)}</style>${spa}${extra}</head>`;
}

/** Late variant: the main content is rendered by a script after a per-screen delay of 0.5–2 s. */
function timed(ctx: RenderCtx, main: string): string {
  if (ctx.v.timing !== 'late') return main;
  const delay = ctx.d.lateDelayMs ?? 500 + (hash(ctx.screen.id) % 1501);
  return `<p data-late-placeholder ${ctx.c('loading')}>${ctx.t('loading')}</p><template data-late>${main}</template>${lateScript(delay)}`;
}

function langSwitch(ctx: RenderCtx): string {
  const infoPage = ctx.screen.id === 'employer-info';
  const links = (['fr', 'nl', 'de', 'en'] as const).map((l) => {
    const href = infoPage ? screenPath('employer-info', l as Lang) : `?lang=${l}`;
    const current = l === ctx.v.lang ? ` ${ctx.c('current')} aria-current="true"` : '';
    return `<a href="${esc(href)}" lang="${l}"${current}>${LANG_LABELS[l]}</a>`;
  });
  return `<span ${ctx.c('langs')}>${links.join('')}</span>`;
}

export function companyBar(ctx: RenderCtx, company: Company | null): string {
  const person = esc(ctx.d.person.name);
  const who = company
    ? `${ctx.t('headerConnected')} : ${person} (${ctx.t(qualityKey(company.quality))})`
    : `${ctx.t('headerConnected')} : ${person}`;
  const left = company
    ? `<span>${ctx.t('headerCompany')} :</span> <span ${ctx.c('company-name')}>${esc(company.name)}</span><span ${ctx.c('company-number')}>${formatEnterpriseNumber(company.enterpriseNumber)}</span>`
    : '';
  const change = company ? `<a ${ctx.to('company-choice')}>${ctx.t('changeCompany')}</a>` : '';
  return `<div ${ctx.c('company-bar')}><div>${left}</div><div ${ctx.c('user-box')}>${who}${change}<a ${ctx.to('logout')}>${ctx.t('logout')}</a></div></div>`;
}

function portalHeader(ctx: RenderCtx, bar: string): string {
  const h = ctx.tag('header');
  const nav = ctx.tag('nav');
  const info = ctx.to('employer-info');
  const navItems = (
    [
      'navDeclarations',
      'navContributions',
      'navPayments',
      'navInstructions',
      'navOnline',
      'navNews',
      'navDocs',
    ] as const
  )
    .map((k) => `<a href="#">${ctx.t(k)}</a>`)
    .join('');
  return `<${h} ${ctx.c('site-header')}>
<div ${ctx.c('topbar')}><span><a href="#">${ctx.t('belgium')}.be</a><a href="#">${ctx.t('navCitizens')}</a><a ${info}>${ctx.t('navEmployers')}</a><a href="#">${ctx.t('navProfessionals')}</a><a href="#">${ctx.t('navPublic')}</a></span><span><a href="#">${ctx.t('help')}</a><a href="#">${ctx.t('contact')}</a>${langSwitch(ctx)}</span></div>
<div ${ctx.c('brand')}><a ${info} ${ctx.c('logo')}><span ${ctx.c('logo-mark')}></span><span ${ctx.c('logo-text')}>socialsecurity.be<span ${ctx.c('logo-sub')}>${ctx.t('portalName')}</span></span></a><form ${ctx.c('search')} role="search" action="#" method="get"><input type="search" name="q" aria-label="${ctx.t('search')}" placeholder="${ctx.t('searchPlaceholder')}"><button type="submit">${ctx.t('search')}</button></form></div>
<${nav} ${ctx.c('main-nav')} aria-label="${ctx.t('navEmployers')}">${navItems}</${nav}>
${bar}</${h}>`;
}

function portalFooter(ctx: RenderCtx): string {
  const f = ctx.tag('footer');
  const links = (
    [
      'footerAccessibility',
      'footerPrivacy',
      'footerTerms',
      'footerCookies',
      'footerSitemap',
      'navFaq',
    ] as const
  )
    .map((k) => `<a href="#">${ctx.t(k)}</a>`)
    .join('');
  return `<${f} ${ctx.c('site-footer')}><p>${links}</p><p>© ${ctx.t('footerCopyright')}</p></${f}>`;
}

function iframeMain(ctx: RenderCtx, page: Page): string {
  const src = `${screenPath(ctx.screen.id, ctx.v.lang)}?frame=1`;
  return `<h1>${ctx.t('amTitle')}</h1><iframe src="${esc(src)}" title="${esc(page.title)}" ${ctx.c('am-frame')}></iframe>`;
}

/** A page of www.socialsecurity.be (public, registration, or logged-in). */
export function portalDocument(ctx: RenderCtx, page: Page, bar: string): string {
  const framed = ctx.v.timing === 'iframe' && ctx.screen.accessManagement;
  const main = ctx.tag('main');
  if (framed && ctx.d.inFrame) {
    // The framed document: the access-management application alone, with its own small header.
    return `${head(ctx, page.title, 'portal')}<body><div ${ctx.c('content')}>${bar}<${main}>${page.main}</${main}></div></body></html>`;
  }
  const content = framed ? iframeMain(ctx, page) : timed(ctx, page.main);
  const side = page.side ? `<${ctx.tag('aside')} ${ctx.c('side')}>${page.side}</${ctx.tag('aside')}>` : '';
  const mainId = isSemantic(ctx.v.markup) ? ' id="main"' : '';
  const skip = isSemantic(ctx.v.markup) ? `<a class="skip" href="#main">${ctx.t('skip')}</a>` : '';
  return `${head(ctx, `${page.title} | socialsecurity.be`, 'portal')}<body>${skip}
${portalHeader(ctx, bar)}
<div ${ctx.c('crumbs')}><a ${ctx.to('employer-info')}>socialsecurity.be</a> › ${ctx.t('navEmployers')} › ${esc(page.title)}</div>
<div ${ctx.c('page')}><${main}${mainId} ${ctx.c('content')}>${content}</${main}>${side}</div>
${portalFooter(ctx)}</body></html>`;
}

/** A page of the federal login service (idp.iamfas.belgium.be). */
export function fasDocument(ctx: RenderCtx, page: Page): string {
  const langs = (['nl', 'fr', 'de', 'en'] as const)
    .map((l) => {
      const current = l === ctx.v.lang ? ` ${ctx.c('current')} aria-current="true"` : '';
      // The method page keeps its method when the language changes.
      const method = ctx.screen.id === 'login-method' ? `method=${ctx.d.loginMethod ?? 'eid'}&` : '';
      return `<a href="?${method}lang=${l}" lang="${l}"${current}>${{ nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' }[l]}</a>`;
    })
    .join('');
  const h = ctx.tag('header');
  const main = ctx.tag('main');
  return `${head(ctx, `${page.title} — CSAM`, 'fas')}<body><${h} ${ctx.c('fas-top')}><span ${ctx.c('fas-logo')}><span ${ctx.c('fas-flag')}></span>CSAM · ${ctx.t('fasSubtitle')}</span><nav ${ctx.c('fas-langs')}>${langs}</nav></${h}>
<${main} ${ctx.c('fas-main')}>${timed(ctx, page.main)}</${main}><div ${ctx.c('fas-foot')}>CSAM — ${ctx.t('belgium')}.be · <a href="#">${ctx.t('fasHelp')}</a></div></body></html>`;
}

/** A page of the KBO/BCE public search (kbopub.economie.fgov.be). */
export function kboDocument(ctx: RenderCtx, page: Page): string {
  // The language links keep the enterprise shown.
  const query = ctx.screen.id === 'kbo-result' ? `ondernemingsnummer=${ctx.d.kbo.enterpriseNumber}&` : '';
  const langs = (['nl', 'fr', 'de', 'en'] as const)
    .map((l) => `<a href="${esc(`?${query}lang=${l}`)}" lang="${l}">${LANG_LABELS[l]}</a>`)
    .join('');
  return `${head(ctx, `${page.title} — ${ctx.raw('kboTitle')}`, 'kbo')}<body><div ${ctx.c('kbo-head')}><div><div ${ctx.c('kbo-title')}>${ctx.t('kboTitle')}</div><div ${ctx.c('kbo-sub')}>${ctx.t('kboSubtitle')} — FOD Economie / SPF Economie</div></div><div>${langs}</div></div>
<div ${ctx.c('kbo-main')}>${timed(ctx, page.main)}</div></body></html>`;
}

/**
 * A page of CSAM's public registration (csam.be/app032/…). The real one is built by a script framework and renders
 * after load: so does this one in every timing variant but `normal` (which static tests parse without scripts).
 */
export function csamDocument(ctx: RenderCtx, page: Page): string {
  const main = ctx.tag('main');
  const late =
    ctx.v.timing === 'normal'
      ? page.main
      : `<div data-late-placeholder></div><template data-late>${page.main}</template>${lateScript(ctx.d.lateDelayMs ?? 300)}`;
  return `${head(ctx, `${page.title} — CSAM`, 'fas')}<body><header ${ctx.c('fas-top')}><span ${ctx.c('fas-logo')}><span ${ctx.c('fas-flag')}></span>CSAM</span></header>
<${main} ${ctx.c('fas-main')}${isSemantic(ctx.v.markup) ? ' id="app"' : ''}>${late}</${main}></body></html>`;
}
