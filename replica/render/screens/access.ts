import { RIGHT_IDS } from '../../../src/shared/profile.ts';
import type { RenderCtx } from '../context.ts';
import { formatEnterpriseNumber, formatNiss } from '../format.ts';
import { type Page, qualityKey } from '../layout.ts';
import { alert, buttonLink, checkboxes, esc, fields, submit, truthAttr } from '../markup.ts';
import { RIGHTS, type RightSection, rightByCode, rightCaption } from '../rights.ts';
import { type GroupId, isSemantic, type Markup, type PageError } from '../types.ts';

// The access-management application (« Gestion des accès » / « Toegangsbeheer »), steps `grant.*`.

const GROUP_KEYS = {
  employer: 'groupEmployer',
  fse: 'groupFse',
  provider: 'groupProvider',
  company: 'groupCompany',
} as const satisfies Record<GroupId, string>;

function heading(ctx: RenderCtx, sub: string): string {
  const co = ctx.d.company;
  return `<h1>${ctx.t('amTitle')}</h1><p>${ctx.t('amForCompany', { company: `${co.name} (${formatEnterpriseNumber(co.enterpriseNumber)})` })}</p><h2>${sub}</h2>`;
}

function form(ctx: RenderCtx, body: string): string {
  return `<form method="post" action="${esc(ctx.url(ctx.screen.id))}">${body}</form>`;
}

export function amQuality(ctx: RenderCtx): Page {
  const co = ctx.d.company;
  const lines: string[] = [];
  if (co.quality !== 'user') {
    // The bold blue line: the quality that can grant access.
    lines.push(
      `<li><a ${ctx.to('am-groups', { quality: co.quality })} ${ctx.c('quality-active')}${truthAttr(ctx.d, 'grant.pick-quality')}>${ctx.t(qualityKey(co.quality))} — ${esc(co.name)}</a></li>`,
    );
  }
  lines.push(
    `<li><span ${ctx.c('quality-inactive')}>${ctx.t('qualityUser')} — ${ctx.t('svcDimona')}, ${ctx.t('svcDmfa')}</span></li>`,
  );
  const none = co.quality === 'user' ? alert(ctx, 'info', ctx.raw('amQualityNone')) : '';
  const main = `${heading(ctx, ctx.raw('amQualityHeading'))}<p>${ctx.t('amQualityIntro')}</p>${none}<ul ${ctx.c('quality-list')}>${lines.join('')}</ul>`;
  return { title: ctx.raw('amTitle'), main };
}

export function amGroups(ctx: RenderCtx): Page {
  const order: GroupId[] =
    ctx.v.wording === 'old'
      ? ['employer', 'fse', 'provider', 'company']
      : ['company', 'employer', 'fse', 'provider'];
  const link = (g: GroupId, caption: string) =>
    `<a ${ctx.to('am-users', { group: g })}${g === 'employer' ? truthAttr(ctx.d, 'grant.employer-onss') : ''}>${caption}</a>`;
  // Cards: each group is a tile whose heading names it and whose link says only « Ouvrir ».
  const list =
    ctx.v.markup === 'cards'
      ? `<div ${ctx.c('svc-cards')}>${order.map((g) => `<div ${ctx.c('svc-card')}><h3>${ctx.t(GROUP_KEYS[g])}</h3>${link(g, ctx.t('open'))}</div>`).join('')}</div>`
      : `<ul ${ctx.c('group-list')}>${order.map((g) => `<li>${link(g, ctx.t(GROUP_KEYS[g]))}</li>`).join('')}</ul>`;
  const main = `${heading(ctx, ctx.raw('amGroupsHeading'))}<p>${ctx.t('amGroupsIntro')}</p>${list}`;
  return { title: ctx.raw('amTitle'), main };
}

function rightsText(ctx: RenderCtx, codes: string[]): string {
  return codes
    .map((code) => rightByCode(code))
    .filter((r) => r !== undefined)
    .map((r) => esc(rightCaption(r, ctx.v.lang, ctx.v.wording)))
    .join(', ');
}

export function amUsers(ctx: RenderCtx): Page {
  const group = ctx.raw(GROUP_KEYS[ctx.d.group ?? 'employer']);
  const added = ctx.d.added ? alert(ctx, 'success', ctx.raw('userAdded', { name: ctx.d.added.name })) : '';
  const actions =
    ctx.v.markup === 'cards'
      ? `${iconLink(ctx, '#', 'edit', 'aria-label')} ${iconLink(ctx, '#', 'remove', 'aria-label')}`
      : `<a href="#">${ctx.t('edit')}</a> | <a href="#">${ctx.t('remove')}</a>`;
  const rows = ctx.d.users.length
    ? ctx.d.users
        .map(
          (u) =>
            `<tr${truthAttr(ctx.d, `grant.done:${u.niss}`)}><td>${formatNiss(u.niss)}</td><td>${esc(u.name)}</td><td>${rightsText(ctx, u.rights)}</td><td>${actions}</td></tr>`,
        )
        .join('')
    : `<tr><td colspan="4">${ctx.t('noUsers')}</td></tr>`;
  // Cards and menu: the add button is an icon with no visible text, named by aria-label (cards) or title (menu).
  const add =
    ctx.v.markup === 'cards' || ctx.v.markup === 'menu'
      ? iconLink(
          ctx,
          ctx.url('am-niss'),
          'addUser',
          ctx.v.markup === 'cards' ? 'aria-label' : 'title',
          truthAttr(ctx.d, 'grant.add-user'),
        )
      : buttonLink(ctx, ctx.url('am-niss'), { label: ctx.raw('addUser'), truth: 'grant.add-user' });
  const table = `<table ${ctx.c('grid')}${truthAttr(ctx.d, 'grant.done')}><thead><tr><th>${ctx.t('colNiss')}</th><th>${ctx.t('colName')}</th><th>${ctx.t('colRights')}</th><th>${ctx.t('colActions')}</th></tr></thead><tbody>${rows}</tbody></table>`;
  // The older screen puts the add button above the list, the newer one below it.
  const body = ctx.v.wording === 'old' ? `<p>${add}</p>${table}` : `${table}<p>${add}</p>`;
  const main = `${heading(ctx, ctx.raw('amUsersHeading', { group }))}${added}${body}<p><a ${ctx.to('am-groups')}>${ctx.t('back')}</a></p>`;
  return { title: ctx.raw('amTitle'), main };
}

const ICONS = { addUser: '+', edit: '✎', remove: '×' } as const;

/** A link drawn as an icon: no visible text, its name in `aria-label` or `title` only. */
function iconLink(
  ctx: RenderCtx,
  href: string,
  key: keyof typeof ICONS,
  nameBy: 'aria-label' | 'title',
  extra = '',
): string {
  return `<a href="${esc(href)}" ${nameBy}="${ctx.t(key)}" ${ctx.c('btn-icon')}${extra}><span aria-hidden="true">${ICONS[key]}</span></a>`;
}

/** The NISS in its other names: « numéro de registre national » beside the name fields (cards), INSZ (menu), the
 *  national number « du nouvel utilisateur » (dialog). */
const NISS_LABELS = {
  clean: 'nissLabel',
  poor: 'nissLabel',
  cards: 'nissLabelCards',
  menu: 'nissLabelMenu',
  dialog: 'nissLabelDialog',
} as const satisfies Record<Markup, string>;

const NISS_ERRORS: Partial<Record<PageError, 'errInvalidNiss' | 'errUnknownNiss' | 'errAlreadyExists'>> = {
  'invalid-niss': 'errInvalidNiss',
  'unknown-niss': 'errUnknownNiss',
  'already-exists': 'errAlreadyExists',
};

/**
 * The dialog markup's modal: the form above the users list, which stays behind the backdrop (inert while the
 * dialog is open). A close button leads back to the list.
 */
function inDialog(ctx: RenderCtx, title: string, content: string): Page {
  const close = `<a ${ctx.to('am-users')} aria-label="${ctx.t('close')}" class="btn-icon"><span aria-hidden="true">×</span></a>`;
  const dialog = `<div role="dialog" aria-modal="true" aria-labelledby="dialog-title" class="modal"><h2 id="dialog-title">${esc(title)}</h2>${content}<p>${close}</p></div>`;
  return { title: ctx.raw('amTitle'), main: `${amUsers(ctx).main}<div class="backdrop"></div>${dialog}` };
}

export function amNiss(ctx: RenderCtx): Page {
  const errKey = ctx.d.error ? NISS_ERRORS[ctx.d.error] : undefined;
  const error = errKey ? alert(ctx, 'error', ctx.raw(errKey)) : '';
  const names =
    ctx.v.markup === 'cards'
      ? [
          { key: 'lastName', label: ctx.raw('userLastName'), autocomplete: 'off' },
          { key: 'firstName', label: ctx.raw('userFirstName'), autocomplete: 'off' },
        ]
      : [];
  const label = NISS_LABELS[ctx.v.markup];
  const body = `${fields(ctx, [
    ...names,
    {
      key: 'niss',
      label: ctx.raw(label),
      value: ctx.d.form?.niss ?? '',
      help: ctx.raw('nissHelp'),
      truth: 'grant.niss',
      autocomplete: 'off',
      inputmode: 'numeric',
    },
  ])}<div ${ctx.c('actions')}><a ${ctx.to('am-users')}>${ctx.t('previous')}</a> ${submit(ctx, { label: ctx.raw('next'), truth: 'grant.niss:submit' })}</div>`;
  if (ctx.v.markup === 'dialog') return inDialog(ctx, ctx.raw('amNissHeading'), `${error}${form(ctx, body)}`);
  const main = `${heading(ctx, ctx.raw('amNissHeading'))}${error}${form(ctx, body)}`;
  return { title: ctx.raw('amTitle'), main };
}

const SECTION_KEYS = {
  dmfa: 'sectionDmfa',
  dimona: 'sectionDimona',
  consult: 'sectionConsult',
  other: 'sectionOther',
} as const satisfies Record<RightSection, string>;

export function amRights(ctx: RenderCtx): Page {
  const pending = ctx.d.pending ?? { niss: '70041243623', name: 'Analyste principal', rights: [] };
  const error = ctx.d.error === 'no-rights' ? alert(ctx, 'error', ctx.raw('errNoRights')) : '';
  const sections = (Object.keys(SECTION_KEYS) as RightSection[])
    .map((section) => {
      const boxes = checkboxes(
        ctx,
        RIGHTS.filter((r) => r.section === section).map((r) => ({
          key: 'rights',
          value: r.code,
          label: rightCaption(r, ctx.v.lang, ctx.v.wording),
          checked: pending.rights.includes(r.code),
          // The truth marks what the default profile (PROCEDURE.md's four rights) has the guide tick.
          ...((RIGHT_IDS as readonly string[]).includes(r.rightId)
            ? { truth: `grant.rights:${r.rightId}` }
            : {}),
        })),
      );
      const title = ctx.t(SECTION_KEYS[section]);
      return isSemantic(ctx.v.markup)
        ? `<fieldset class="rights"><legend>${title}</legend>${boxes}</fieldset>`
        : `<div ${ctx.c('rights-head')}>${title}</div>${boxes}`;
    })
    .join('');
  const body = `<div${truthAttr(ctx.d, 'grant.rights')}>${sections}</div><div ${ctx.c('actions')}><a ${ctx.to('am-niss')}>${ctx.t('previous')}</a> ${submit(ctx, { label: ctx.raw('save'), truth: 'grant.save' })}</div>`;
  const title = ctx.raw('amRightsHeading', { name: `${pending.name} (${formatNiss(pending.niss)})` });
  const content = `<p>${ctx.t('amRightsIntro')}</p>${error}${form(ctx, body)}`;
  if (ctx.v.markup === 'dialog') return inDialog(ctx, title, content);
  const main = `${heading(ctx, title)}${content}`;
  return { title: ctx.raw('amTitle'), main };
}

export function amConfirm(ctx: RenderCtx): Page {
  const pending = ctx.d.pending ?? {
    niss: '70041243623',
    name: 'Analyste principal',
    rights: ['FACT_CONS', 'DMFA_MOD', 'DIM_DECL', 'ECARO'],
  };
  const list = pending.rights
    .map((code) => rightByCode(code))
    .filter((r) => r !== undefined)
    .map((r) => `<li>${esc(rightCaption(r, ctx.v.lang, ctx.v.wording))}</li>`)
    .join('');
  const body = `<div ${ctx.c('actions')}><a ${ctx.to('am-rights')}>${ctx.t('modify')}</a> ${submit(ctx, { label: ctx.raw('confirm'), truth: 'grant.confirm' })}</div>`;
  const main = `${heading(ctx, ctx.raw('amConfirmHeading'))}<p>${ctx.t('amConfirmText', { name: pending.name, niss: formatNiss(pending.niss) })}</p><ul>${list}</ul>${form(ctx, body)}`;
  return { title: ctx.raw('amTitle'), main };
}
