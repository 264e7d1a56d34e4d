import type { RenderCtx } from '../context.ts';
import type { Page } from '../layout.ts';
import { esc, fields, submit, truthAttr } from '../markup.ts';
import type { LoginMethod } from '../types.ts';

// Federal login (CSAM / FAS) at idp.iamfas.belgium.be: eID and itsme on the left, security code and
// username + password on the right; the newer wording also offers today's keys, MyGov.be and the European
// recognised identification (eIDAS), and says « S'identifier ». Nothing is ever checked or stored: "Se connecter"
// logs in.

export function loginChoice(ctx: RenderCtx): Page {
  const option = (method: LoginMethod, key: 'fasEid' | 'fasItsme' | 'fasCodeApp') =>
    `<a ${ctx.to('login-method', { method })} ${ctx.c('fas-option')}${truthAttr(ctx.d, `connect.method:${method}`)}>${ctx.t(key)}</a>`;
  const sec = ctx.tag('section');
  const today = (key: 'fasMyGov' | 'fasEidas') =>
    ctx.v.wording === 'new' ? `<a href="#" ${ctx.c('fas-option')}>${ctx.t(key)}</a>` : '';
  const password = `<form method="post" action="${esc(ctx.url('login-choice'))}"><h3>${ctx.t('fasPassword')}</h3>${fields(
    ctx,
    [
      {
        key: 'username',
        label: ctx.raw('username'),
        value: ctx.d.form?.username ?? '',
        autocomplete: 'username',
        truth: 'connect.method:password',
      },
      { key: 'password', label: ctx.raw('password'), type: 'password', autocomplete: 'current-password' },
    ],
  )}${submit(ctx, { label: ctx.raw('signIn'), truth: 'connect.method:submit' })}</form>`;
  const main = `<h1>${ctx.t('fasTitle')}</h1><p ${ctx.c('fas-sub')}>${ctx.t('fasSubtitle')}</p>
<div ${ctx.c('fas-cols')}${truthAttr(ctx.d, 'connect.method')}>
<${sec} ${ctx.c('fas-col')}><h2>${ctx.t('fasEidGroup')}</h2>${option('eid', 'fasEid')}${option('itsme', 'fasItsme')}${today('fasMyGov')}</${sec}>
<${sec} ${ctx.c('fas-col')}><h2>${ctx.t('fasCodeGroup')}</h2>${option('code', 'fasCodeApp')}<a href="#" ${ctx.c('fas-option')}>${ctx.t('fasCodeMail')}</a>${today('fasEidas')}${password}</${sec}>
</div><p ${ctx.c('fas-note')}>${ctx.t('fasReplicaNote')}</p>`;
  return { title: ctx.raw('fasTitle'), main };
}

const METHOD_TEXT = { eid: 'fasMethodEid', itsme: 'fasMethodItsme', code: 'fasMethodCode' } as const;
const METHOD_TITLE = { eid: 'fasEid', itsme: 'fasItsme', code: 'fasCodeApp' } as const;

export function loginMethod(ctx: RenderCtx): Page {
  const method = ctx.d.loginMethod ?? 'eid';
  const body = `<input type="hidden" name="method" value="${method}">${submit(ctx, { label: ctx.raw('signIn'), truth: 'connect.method' })}<a ${ctx.to('login-choice')}>${ctx.t('back')}</a>`;
  const main = `<h1>${ctx.t(METHOD_TITLE[method])}</h1><p>${ctx.t(METHOD_TEXT[method])}</p><form method="post" action="${esc(ctx.url('login-method'))}">${body}</form><p ${ctx.c('fas-note')}>${ctx.t('fasReplicaNote')}</p>`;
  return { title: ctx.raw(METHOD_TITLE[method]), main };
}
