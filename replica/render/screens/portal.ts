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

export function services(ctx: RenderCtx): Page {
  const items = SERVICES.map((k) => {
    if (k === 'svcAccess') {
      return `<li><a ${ctx.to('am-quality')}${truthAttr(ctx.d, 'grant.access-management')}>${ctx.t(k)}</a></li>`;
    }
    return `<li><a ${ctx.to('services', { service: k })}>${ctx.t(k)}</a></li>`;
  }).join('');
  const selected = SERVICES.find((k) => k === ctx.d.service);
  const panel = selected
    ? `<h2>${ctx.t(selected)}</h2>${alert(ctx, 'info', ctx.raw('serviceUnavailable'))}`
    : `<p>${ctx.t('servicesIntro')}</p>`;
  const aside = ctx.tag('nav');
  const main = `<h1>${ctx.t('servicesTitle')}</h1><div ${ctx.c('svc-layout')}><${aside} ${ctx.c('svc-col')} aria-label="${ctx.t('servicesColumn')}"><ul>${items}</ul></${aside}><div>${panel}</div></div>`;
  return { title: ctx.raw('servicesTitle'), main };
}
