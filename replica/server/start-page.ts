import { formatEnterpriseNumber, formatNiss } from '../render/format.ts';
import { esc } from '../render/markup.ts';
import { screenPath } from '../render/screens.ts';
import { text } from '../render/text.ts';
import { ALL_VARIANTS, type Variant, variantKey } from '../render/types.ts';
import type { ReplicaOptions } from './config.ts';
import type { Session } from './session.ts';

// The replica's own pages (not part of the portal): the start page that sets a session's variant, and 404.

function query(v: Variant): string {
  return `lang=${v.lang}&wording=${v.wording}&markup=${v.markup}&timing=${v.timing}`;
}

export function startPage(session: Session, options: ReplicaOptions): string {
  const current = variantKey(session.variant);
  const rows = ALL_VARIANTS.map((v) => {
    const key = variantKey(v);
    const mark = key === current ? ' <strong>(current)</strong>' : '';
    return `<tr><td>${v.lang}</td><td>${v.wording}</td><td>${v.markup}</td><td>${v.timing}</td><td><a href="/__replica/?${query(v)}">choose</a> · <a href="${screenPath('employer-info', v.lang)}?${query(v)}">open the portal</a>${mark}</td></tr>`;
  }).join('');
  const companies = session.companies
    .map(
      (co) =>
        `<li>${esc(co.name)} — ${formatEnterpriseNumber(co.enterpriseNumber)} — quality: ${co.quality}</li>`,
    )
    .join('');
  const persons = Object.entries(options.persons)
    .map(([niss, name]) => `<li>${formatNiss(niss)} — ${esc(name)}</li>`)
    .join('');
  const refused = options.refusedNumbers.map((n) => `<li>${formatEnterpriseNumber(n)}</li>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ONSS portal replica — start</title>
<style>body{font:14px Arial,sans-serif;margin:24px;max-width:980px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px}</style></head><body>
<h1>ONSS portal replica</h1>
<p>A local, faithful-as-possible copy of the screens the ONSS Access Guide crosses. Nothing here is the real portal; no password is checked or stored.</p>
<p>Current variant: <strong>${esc(current)}</strong>; truth markers: <strong>${session.truth ? 'on' : 'off'}</strong>
(<a href="/__replica/?truth=${session.truth ? '0' : '1'}">turn ${session.truth ? 'off' : 'on'}</a>);
logged in: <strong>${session.loggedIn ? 'yes' : 'no'}</strong>; home page without « vers tous les services en ligne »
until reloaded: <strong>${session.homeQuirk ? 'on' : 'off'}</strong>
(<a href="/__replica/?homeQuirk=${session.homeQuirk ? '0' : '1'}">turn ${session.homeQuirk ? 'off' : 'on'}</a>).</p>
<p><a href="${screenPath('employer-info', session.variant.lang)}">Open the employer information page</a> ·
<a href="/__replica/expire">Simulate an expired session</a> · <a href="/__replica/reset">Reset this session</a></p>
<h2>World</h2><p>Companies of the person who logs in:</p><ul>${companies}</ul>
<p>People the national register knows (others are refused):</p><ul>${persons}</ul>
<p>Enterprise numbers whose registration is refused (not the legal representative):</p><ul>${refused}</ul>
<h2>Variants</h2><table><thead><tr><th>lang</th><th>wording</th><th>markup</th><th>timing</th><th></th></tr></thead><tbody>${rows}</tbody></table>
</body></html>`;
}

export function notFoundPage(v: Variant): string {
  const t = (key: 'notFoundTitle' | 'notFoundText' | 'doneNext') => esc(text(v.lang, v.wording, key));
  return `<!DOCTYPE html><html lang="${v.lang}"><head><meta charset="utf-8"><title>${t('notFoundTitle')}</title></head><body><h1>${t('notFoundTitle')}</h1><p>${t('notFoundText')}</p><p><a href="https://www.socialsecurity.be${screenPath('employer-info', v.lang)}">${t('doneNext')}</a></p></body></html>`;
}
