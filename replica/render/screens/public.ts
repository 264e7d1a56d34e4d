import type { RenderCtx } from '../context.ts';
import type { Page } from '../layout.ts';
import { buttonLink } from '../markup.ts';

// Public pages of www.socialsecurity.be: the employer information page and the session-expired page.

const TOPICS = [
  'topicDimona',
  'topicDmfa',
  'topicDrs',
  'topicLimosa',
  'topicContrib',
  'topicAccess',
  'topicEbox',
  'topicMandates',
] as const;

export function employerInfo(ctx: RenderCtx): Page {
  const register = buttonLink(ctx, ctx.url('register'), {
    label: ctx.raw('register'),
    truth: 'register.start',
  });
  const login = buttonLink(ctx, ctx.url('login'), { label: ctx.raw('login'), truth: 'connect.start' });
  const topics = TOPICS.map((k) => `<li><a href="#">${ctx.t(k)}</a></li>`).join('');
  const news = (['infoNews1', 'infoNews2', 'infoNews3'] as const)
    .map((k) => `<li><a href="#">${ctx.t(k)}</a></li>`)
    .join('');
  const access =
    ctx.v.wording === 'new'
      ? `<div ${ctx.c('access-box')}><div ${ctx.c('access-card')}><h3>${ctx.t('registerHint')}</h3>${register}</div><div ${ctx.c('access-card')}><h3>${ctx.t('loginHint')}</h3>${login}</div></div>`
      : '';
  // The older page keeps the two entries in the right-hand column, among other links.
  const sideAccess =
    ctx.v.wording === 'old'
      ? `<div ${ctx.c('side-box')}><h2>${ctx.t('infoAccessTitle')}</h2><p>${ctx.t('infoAccessText')}</p><ul><li>${ctx.t('registerHint')} : ${register}</li><li>${ctx.t('loginHint')} : ${login}</li></ul></div>`
      : '';
  const main = `<h1>${ctx.t('infoTitle')}</h1><p>${ctx.t('infoIntro')}</p>
${ctx.v.wording === 'new' ? `<h2>${ctx.t('infoAccessTitle')}</h2><p>${ctx.t('infoAccessText')}</p>` : ''}${access}
<h2>${ctx.t('infoTopics')}</h2><ul>${topics}</ul>
<h2>${ctx.t('navNews')}</h2><ul ${ctx.c('news')}>${news}</ul>`;
  const services = (['svcDimona', 'svcDmfa', 'svcEbox', 'svcDrs', 'svcAccess', 'svcMandates'] as const)
    .map((k) => `<li><a href="#">${ctx.t(k)}</a></li>`)
    .join('');
  const side = `${sideAccess}<div ${ctx.c('side-box')}><h2>${ctx.t('navOnline')}</h2><ul>${services}</ul></div>
<div ${ctx.c('side-box')}><h2>${ctx.t('help')}</h2><ul><li><a href="#">${ctx.t('navFaq')}</a></li><li><a href="#">${ctx.t('navGlossary')}</a></li><li><a href="#">${ctx.t('contact')}</a></li></ul></div>`;
  return { title: ctx.raw('infoTitle'), main, side };
}

export function sessionExpired(ctx: RenderCtx): Page {
  const main = `<h1>${ctx.t('expiredTitle')}</h1><div ${ctx.c('alert alert-info')} role="status">${ctx.t('expiredText')}</div><p>${buttonLink(ctx, ctx.url('login'), { label: ctx.raw('expiredLogin') })} <a ${ctx.to('employer-info')}>${ctx.t('doneNext')}</a></p>`;
  return { title: ctx.raw('expiredTitle'), main };
}
