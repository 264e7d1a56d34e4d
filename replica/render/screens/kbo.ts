import type { RenderCtx } from '../context.ts';
import { formatEnterpriseNumber } from '../format.ts';
import type { Page } from '../layout.ts';
import { esc, fields, submit, truthAttr } from '../markup.ts';

// KBO/BCE public search (kbopub.economie.fgov.be): the search form and an enterprise's page, whose
// « Fonctions » / « Functies » rubric lists the legal representatives.

export function kboSearch(ctx: RenderCtx): Page {
  const notFound = ctx.d.error === 'invalid-number' ? `<p ${ctx.c('alert')}>${ctx.t('kboNotFound')}</p>` : '';
  const main = `<h2>${ctx.t('kboSearchHeading')}</h2>${notFound}<form method="get" action="${esc(ctx.url('kbo-search'))}">${fields(
    ctx,
    [{ key: 'nummer', label: ctx.raw('kboSearchLabel'), value: ctx.d.form?.enterpriseNumber ?? '' }],
  )}<input type="hidden" name="actionLu" value="Zoek">${submit(ctx, { label: ctx.raw('kboSearchButton') })}</form>`;
  return { title: ctx.raw('kboSearchHeading'), main };
}

function isoToDmy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export function kboResult(ctx: RenderCtx): Page {
  const k = ctx.d.kbo;
  const row = (label: string, value: string) => `<tr><td>${label}</td><td>${value}</td></tr>`;
  const section = (title: string, rows: string, truth = '') =>
    `<table ${ctx.c('kbo-table kbo-section')}${truth}><tbody><tr><td colspan="3" ${ctx.c('hdr')}><h2 style="font-size:14px;margin:0">${title}</h2></td></tr>${rows}</tbody></table>`;
  const general = [
    row(ctx.t('kboNumber'), formatEnterpriseNumber(k.enterpriseNumber)),
    row(ctx.t('kboStatus'), `<strong>${ctx.t('kboActive')}</strong>`),
    row(ctx.t('kboLegalSituation'), ctx.t('kboNormal')),
    row(ctx.t('kboStart'), '01/02/2010'),
    row(ctx.t('kboName'), esc(k.name)),
    row(ctx.t('kboAddress'), 'Rue de la Station 12, 1000 Bruxelles'),
    row(ctx.t('kboLegalForm'), 'SRL'),
  ].join('');
  const functions = k.representatives
    .map(
      (r) =>
        `<tr><td>${ctx.t(r.role === 'director' ? 'kboRoleDirector' : 'kboRoleManager')}</td><td>${esc(r.name)}</td><td>${ctx.t('kboSince', { date: isoToDmy(r.since) })}</td></tr>`,
    )
    .join('');
  const main = `${section(ctx.t('kboGeneral'), general)}${section(ctx.t('kboFunctions'), functions, truthAttr(ctx.d, 'register.not-legal-representative'))}${section(ctx.t('kboCapacities'), '<tr><td colspan="3">—</td></tr>')}${section(ctx.t('kboQualities'), '<tr><td colspan="3">—</td></tr>')}${section(ctx.t('kboActivities'), '<tr><td colspan="3">47.240</td></tr>')}`;
  return { title: k.name, main };
}
