import type { RenderCtx } from '../context.ts';
import { formatEnterpriseNumber } from '../format.ts';
import { type Page, qualityKey } from '../layout.ts';
import { alert, buttonLink, esc, truthAttr } from '../markup.ts';

// Logged-in portal screens before access management: company choice, home, online services.

export function companyChoice(ctx: RenderCtx): Page {
  const rows = ctx.d.companies
    .map((co) => {
      const link = `<a ${ctx.to('company-choice', { select: co.enterpriseNumber })}${truthAttr(ctx.d, `connect.pick-company:${co.enterpriseNumber}`)}>${esc(co.name)}</a>`;
      return `<tr><td>${link}</td><td>${formatEnterpriseNumber(co.enterpriseNumber)}</td><td>${ctx.t(qualityKey(co.quality))}</td></tr>`;
    })
    .join('');
  const main = `<h1>${ctx.t('companyTitle')}</h1><p>${ctx.t('companyIntro')}</p>
<table ${ctx.c('grid')}${truthAttr(ctx.d, 'connect.pick-company')}><thead><tr><th>${ctx.t('colCompany')}</th><th>${ctx.t('colNumber')}</th><th>${ctx.t('colQuality')}</th></tr></thead><tbody>${rows}</tbody></table>`;
  return { title: ctx.raw('companyTitle'), main };
}

export function home(ctx: RenderCtx): Page {
  const favourites = (['svcDimona', 'svcDmfa', 'svcEbox'] as const)
    .map((k) => `<li><a href="#">${ctx.t(k)}</a></li>`)
    .join('');
  const all = buttonLink(ctx, ctx.url('services'), {
    label: ctx.raw('allServices'),
    truth: 'connect.all-services',
  });
  const main = `<h1>${ctx.t('homeTitle', { name: ctx.d.person.name })}</h1><p>${ctx.t('homeIntro', { company: ctx.d.company.name })}</p>
${alert(ctx, 'info', ctx.raw('homeMessages'))}<h2>${ctx.t('homeFavourites')}</h2><ul>${favourites}</ul>${ctx.d.homeWithoutServicesLink ? '' : `<p>${all}</p>`}<p><a href="">${ctx.t('homeReload')}</a></p>`;
  return { title: ctx.raw('homeTitle', { name: ctx.d.person.name }), main };
}

/** Left column of the online services; access management is the 7th entry (PROCEDURE.md). */
export const SERVICES = [
  'svcDimona',
  'svcDmfa',
  'svcEbox',
  'svcDrs',
  'svcRepertory',
  'svcLimosa',
  'svcAccess',
  'svcMandates',
  'svcCapelo',
  'svcHolidays',
  'svcCertificates',
  'svcChaman',
] as const;

/** A link to a service: the access-management one goes to its application and carries the step's truth marker. */
function serviceHref(ctx: RenderCtx, k: (typeof SERVICES)[number]): string {
  if (k === 'svcAccess') return `${ctx.to('am-quality')}${truthAttr(ctx.d, 'grant.access-management')}`;
  return ctx.to('services', { service: k });
}

/** The services as the markup lays them out: a left column, a grid of cards, a top menu bar or a search page. */
function serviceList(ctx: RenderCtx): string {
  const nav = ctx.tag('nav');
  const label = `aria-label="${ctx.t('servicesColumn')}"`;
  if (ctx.v.markup === 'cards') {
    // Each card's heading names the service; its link says only « Ouvrir ».
    const cards = SERVICES.map(
      (k) =>
        `<div ${ctx.c('svc-card')}><h2>${ctx.t(k)}</h2><a ${serviceHref(ctx, k)}>${ctx.t('open')}</a></div>`,
    ).join('');
    return `<div ${ctx.c('svc-cards')}>${cards}</div>`;
  }
  if (ctx.v.markup === 'menu' && ctx.v.wording === 'old') {
    const items = SERVICES.map(
      (k) => `<li role="none"><a role="menuitem" ${serviceHref(ctx, k)}>${ctx.t(k)}</a></li>`,
    ).join('');
    return `<${nav} ${label}><ul role="menubar" ${ctx.c('svc-menubar')}>${items}</ul></${nav}>`;
  }
  const items = SERVICES.map((k) => `<li><a ${serviceHref(ctx, k)}>${ctx.t(k)}</a></li>`).join('');
  if (ctx.v.markup === 'menu') {
    // Search first: a search field, then the results (every service until the person types).
    return `<form role="search" action="#" ${ctx.c('svc-search')}><label for="svc-q">${ctx.t('servicesSearch')}</label> <input type="search" id="svc-q" name="svc"></form><p>${ctx.t('servicesSearchIntro')}</p><h2>${ctx.t('servicesResults')}</h2><ul ${ctx.c('svc-results')}>${items}</ul>`;
  }
  return `<${nav} ${ctx.c('svc-col')} ${label}><ul>${items}</ul></${nav}>`;
}

export function services(ctx: RenderCtx): Page {
  const selected = SERVICES.find((k) => k === ctx.d.service);
  const inColumn = ctx.v.markup !== 'cards' && ctx.v.markup !== 'menu';
  const panel = selected
    ? `<h2>${ctx.t(selected)}</h2>${alert(ctx, 'info', ctx.raw('serviceUnavailable'))}`
    : inColumn
      ? `<p>${ctx.t('servicesIntro')}</p>`
      : '';
  const list = serviceList(ctx);
  const body = inColumn
    ? `<div ${ctx.c('svc-layout')}>${list}<div>${panel}</div></div>`
    : `${list}${panel ? `<div>${panel}</div>` : ''}`;
  return { title: ctx.raw('servicesTitle'), main: `<h1>${ctx.t('servicesTitle')}</h1>${body}` };
}
