import type { RenderCtx } from '../context.ts';
import type { Page } from '../layout.ts';
import { alert, esc, fields, submit } from '../markup.ts';

// CSAM's public form that designates the company's main access manager (csam.be/app032/…, PROCEDURE.md "Found
// since"). It asks the legal representative's OWN national number, name and first name, and the enterprise number.
// The newer wording puts the name fields beside the national number, on one row.

export function csamRegister(ctx: RenderCtx): Page {
  const error = ctx.d.error === 'invalid-number' ? alert(ctx, 'error', ctx.raw('csamInvalid')) : '';
  const person = [
    {
      key: 'nationalNumber',
      label: ctx.raw('csamOwnNiss'),
      truth: 'csam.own-niss',
      inputmode: 'numeric' as const,
    },
    { key: 'lastName', label: ctx.raw('csamLastName'), autocomplete: 'family-name' },
    { key: 'firstName', label: ctx.raw('csamFirstName'), autocomplete: 'given-name' },
  ];
  const enterprise = fields(ctx, [
    {
      key: 'enterpriseNumber',
      label: ctx.raw('csamEnterprise'),
      value: ctx.d.form?.enterpriseNumber ?? '',
      truth: 'register.enterprise-number',
      autocomplete: 'off',
      inputmode: 'numeric',
    },
  ]);
  const personBlock =
    ctx.v.wording === 'new'
      ? `<div ${ctx.c('csam-row')}>${person.map((f) => fields(ctx, [f])).join('')}</div>`
      : fields(ctx, person);
  const body = `${personBlock}${enterprise}<div ${ctx.c('actions')}>${submit(ctx, { label: ctx.raw('csamSubmit'), truth: 'register.enterprise-number:submit' })}</div>`;
  const main = `<h1>${ctx.t('csamTitle')}</h1><p>${ctx.t('csamIntro')}</p>${error}<form method="post" action="${esc(ctx.url(ctx.screen.id))}">${body}</form>`;
  return { title: ctx.raw('csamTitle'), main };
}
