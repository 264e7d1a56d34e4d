import type { RenderCtx } from '../context.ts';
import { formatEnterpriseNumber } from '../format.ts';
import type { Page } from '../layout.ts';
import { alert, buttonLink, esc, fields, submit, truthAttr } from '../markup.ts';
import { screenPath } from '../screens.ts';

// Registration of an employer (the person logged in with eID registers a company), screens of step `register.*`.

function form(ctx: RenderCtx, body: string): string {
  return `<form method="post" action="${esc(ctx.url(ctx.screen.id))}">${body}</form>`;
}

function steps(ctx: RenderCtx, n: number): string {
  return `<p ${ctx.c('steps')}>${ctx.t('registrationSteps', { n: String(n) })}</p>`;
}

export function registerNumber(ctx: RenderCtx): Page {
  const error = ctx.d.error === 'invalid-number' ? alert(ctx, 'error', ctx.raw('errInvalidNumber')) : '';
  const body = `${fields(ctx, [
    {
      key: 'enterpriseNumber',
      label: ctx.raw('numberLabel'),
      value: ctx.d.form?.enterpriseNumber ?? '',
      help: ctx.raw('numberHelp'),
      truth: 'register.enterprise-number',
      autocomplete: 'off',
    },
  ])}<div ${ctx.c('actions')}>${submit(ctx, { label: ctx.raw('ok'), truth: 'register.enterprise-number:submit' })}<a ${ctx.to('employer-info')}>${ctx.t('cancel')}</a></div>`;
  const main = `<h1>${ctx.t('registrationTitle')}</h1>${steps(ctx, 1)}${error}${form(ctx, body)}`;
  return { title: ctx.raw('registrationTitle'), main };
}

export function registerRefused(ctx: RenderCtx): Page {
  const digits = ctx.d.refusedNumber ?? ctx.d.kbo.enterpriseNumber;
  const kbo = ctx.url('kbo-search', { nummer: digits, actionLu: 'Zoek' });
  const message = ctx.raw('refusedText', { number: formatEnterpriseNumber(digits) });
  const main = `<h1>${ctx.t('refusedTitle')}</h1>${alert(ctx, 'error', message, truthAttr(ctx.d, 'register.not-legal-representative'))}
<p><a href="${esc(kbo)}" target="_blank" rel="noopener"${truthAttr(ctx.d, 'register.not-legal-representative:kbo')}>${ctx.t('refusedKbo')}</a></p>
<p>${buttonLink(ctx, ctx.url('register-number'), { label: ctx.raw('refusedRetry'), primary: false })}<a ${ctx.to('employer-info')}>${ctx.t('doneNext')}</a></p>`;
  return { title: ctx.raw('refusedTitle'), main };
}

export function registerContact(ctx: RenderCtx): Page {
  const err =
    ctx.d.error === 'invalid-email'
      ? alert(ctx, 'error', ctx.raw('errEmail'))
      : ctx.d.error === 'invalid-phone'
        ? alert(ctx, 'error', ctx.raw('errPhone'))
        : '';
  const body = `${fields(ctx, [
    {
      key: 'email',
      label: ctx.raw('email'),
      type: 'email',
      value: ctx.d.form?.email ?? '',
      truth: 'register.contact',
      autocomplete: 'email',
    },
    {
      key: 'phone',
      label: ctx.raw('phone'),
      type: 'tel',
      value: ctx.d.form?.phone ?? '',
      truth: 'register.contact:phone',
      autocomplete: 'tel',
    },
  ])}<div ${ctx.c('actions')}>${submit(ctx, { label: ctx.raw('validate'), truth: 'register.contact:submit' })}<a ${ctx.to('employer-info')}>${ctx.t('cancel')}</a></div>`;
  const main = `<h1>${ctx.t('contactTitle')}</h1>${steps(ctx, 2)}<p>${ctx.t('contactIntro', { company: ctx.d.company.name })}</p>${err}${form(ctx, body)}`;
  return { title: ctx.raw('contactTitle'), main };
}

export function registerContactConfirm(ctx: RenderCtx): Page {
  const contact = ctx.d.contact ?? { email: 'marie.dupont@example.be', phone: '+32 2 555 01 23' };
  const table = `<table ${ctx.c('kv')}><tbody><tr><td>${ctx.t('colCompany')}</td><td><strong>${esc(ctx.d.company.name)}</strong> (${formatEnterpriseNumber(ctx.d.company.enterpriseNumber)})</td></tr><tr><td>${ctx.t('email')}</td><td>${esc(contact.email)}</td></tr><tr><td>${ctx.t('phone')}</td><td>${esc(contact.phone)}</td></tr></tbody></table>`;
  const body = `<div ${ctx.c('actions')}>${submit(ctx, { label: ctx.raw('confirm'), truth: 'register.contact' })}<a href="${esc(screenPath('register-contact', ctx.v.lang))}">${ctx.t('modify')}</a></div>`;
  const main = `<h1>${ctx.t('confirmContactTitle')}</h1>${steps(ctx, 3)}<p>${ctx.t('confirmContactText')}</p>${table}${form(ctx, body)}`;
  return { title: ctx.raw('confirmContactTitle'), main };
}

export function registerDone(ctx: RenderCtx): Page {
  const main = `<h1>${ctx.t('doneTitle')}</h1>${alert(ctx, 'success', ctx.raw('doneText', { company: ctx.d.company.name }))}
<p><a ${ctx.to('employer-info')}${truthAttr(ctx.d, 'register.done')}>${ctx.t('doneNext')}</a></p><p>${buttonLink(ctx, ctx.url('home'), { label: ctx.raw('doneServices'), primary: false })}</p>`;
  return { title: ctx.raw('doneTitle'), main };
}
