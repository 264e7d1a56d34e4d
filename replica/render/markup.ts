import { isSemantic, type Markup, type ScreenData, type Variant } from './types.ts';

// Building blocks that differ between the clean markup (ids, <label for>, real buttons) and the poor one
// (no ids, labels in a sibling table cell, links or div role=button as buttons, generated class names).

export function esc(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** FNV-1a: a small deterministic hash for generated names. */
export function hash(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Class name: semantic in clean markup, generated (`x7f3a`) in poor markup. */
export function cls(markup: Markup, name: string): string {
  if (isSemantic(markup)) return name;
  return name
    .split(' ')
    .map((part) => `x${(hash(`poor:${part}`) & 0xffff).toString(16).padStart(4, '0')}`)
    .join(' ');
}

/** Form field names: readable in clean markup, JSF-style generated ones in poor markup. The server reads both. */
export function fieldName(markup: Markup, key: string): string {
  if (isSemantic(markup)) return key;
  const h = hash(`field:${key}`);
  return `j_idt${(h % 90) + 10}:j_idt${((h >>> 8) % 900) + 100}`;
}

export function truthAttr(data: ScreenData, id: string): string {
  return data.truth ? ` data-replica-truth="${esc(id)}"` : '';
}

export interface Ctx {
  v: Variant;
  d: ScreenData;
}

/** `class="…"` for a semantic class name. */
export function c(ctx: Ctx, name: string): string {
  return `class="${cls(ctx.v.markup, name)}"`;
}

export interface FieldSpec {
  key: string;
  label: string;
  type?: 'text' | 'email' | 'tel' | 'password';
  value?: string;
  help?: string;
  truth?: string;
  autocomplete?: string;
  inputmode?: 'numeric' | 'text';
}

function input(ctx: Ctx, f: FieldSpec, id: string | null): string {
  const attrs = [
    `type="${f.type ?? 'text'}"`,
    `name="${esc(fieldName(ctx.v.markup, f.key))}"`,
    id ? `id="${id}"` : '',
    f.value !== undefined && f.type !== 'password' ? `value="${esc(f.value)}"` : '',
    f.autocomplete ? `autocomplete="${f.autocomplete}"` : '',
    f.inputmode ? `inputmode="${f.inputmode}"` : '',
    id && f.help ? `aria-describedby="${id}-help"` : '',
    c(ctx, 'form-control'),
  ].filter(Boolean);
  return `<input ${attrs.join(' ')}${f.truth ? truthAttr(ctx.d, f.truth) : ''}>`;
}

/** A block of labelled fields: divs with <label for> (clean) or a layout table with label cells (poor). */
export function fields(ctx: Ctx, specs: FieldSpec[]): string {
  if (isSemantic(ctx.v.markup)) {
    return specs
      .map((f) => {
        const id = `f-${f.key}`;
        const help = f.help ? `<p class="form-help" id="${id}-help">${esc(f.help)}</p>` : '';
        return `<div class="form-group"><label for="${id}">${esc(f.label)}</label>${input(ctx, f, id)}${help}</div>`;
      })
      .join('');
  }
  const rows = specs
    .map((f) => {
      const help = f.help ? `<br><span ${c(ctx, 'form-help')}>${esc(f.help)}</span>` : '';
      return `<tr><td ${c(ctx, 'lbl')}>${esc(f.label)}&nbsp;:</td><td>${input(ctx, f, null)}${help}</td></tr>`;
    })
    .join('');
  return `<table ${c(ctx, 'form-table')}><tbody>${rows}</tbody></table>`;
}

export interface ButtonSpec {
  label: string;
  truth?: string;
  primary?: boolean;
}

/** The submit control of the enclosing form. */
export function submit(ctx: Ctx, b: ButtonSpec): string {
  const kind = b.primary === false ? 'btn btn-secondary' : 'btn btn-primary';
  const truth = b.truth ? truthAttr(ctx.d, b.truth) : '';
  if (isSemantic(ctx.v.markup))
    return `<button type="submit" class="${kind}"${truth}>${esc(b.label)}</button>`;
  // Poor markup alternates between a link and a div acting as a button, depending on the caption.
  const action = "this.closest('form').requestSubmit();return false;";
  if (hash(b.label) % 2 === 0) {
    return `<a href="#" ${c(ctx, kind)} onclick="${action}"${truth}>${esc(b.label)}</a>`;
  }
  return `<div role="button" tabindex="0" ${c(ctx, kind)} onclick="${action}" onkeydown="if(event.key==='Enter'||event.key===' '){${action}}"${truth}>${esc(b.label)}</div>`;
}

/** A navigation that looks like a button: a styled link in both markups (as portals do). */
export function buttonLink(ctx: Ctx, href: string, b: ButtonSpec, extra = ''): string {
  const kind = b.primary === false ? 'btn btn-secondary' : 'btn btn-primary';
  const truth = b.truth ? truthAttr(ctx.d, b.truth) : '';
  if (isSemantic(ctx.v.markup))
    return `<a href="${esc(href)}" class="${kind}"${extra}${truth}>${esc(b.label)}</a>`;
  if (hash(b.label) % 2 === 0)
    return `<a href="${esc(href)}" ${c(ctx, kind)}${extra}${truth}>${esc(b.label)}</a>`;
  const go = 'location.href=this.dataset.href';
  return `<div role="button" tabindex="0" data-href="${esc(href)}" ${c(ctx, kind)} onclick="${go}" onkeydown="if(event.key==='Enter'){${go}}"${truth}>${esc(b.label)}</div>`;
}

export interface CheckSpec {
  key: string;
  value: string;
  label: string;
  checked: boolean;
  truth?: string;
}

/** A list of checkboxes: <label for> pairs (clean) or table rows with the caption in the next cell (poor). */
export function checkboxes(ctx: Ctx, specs: CheckSpec[]): string {
  if (isSemantic(ctx.v.markup)) {
    const items = specs
      .map((s) => {
        const id = `cb-${s.value}`;
        const truth = s.truth ? truthAttr(ctx.d, s.truth) : '';
        return `<li class="check"><input type="checkbox" id="${id}" name="${esc(s.key)}" value="${esc(s.value)}"${s.checked ? ' checked' : ''}${truth}> <label for="${id}">${esc(s.label)}</label></li>`;
      })
      .join('');
    return `<ul class="checks">${items}</ul>`;
  }
  const rows = specs
    .map((s) => {
      const truth = s.truth ? truthAttr(ctx.d, s.truth) : '';
      return `<tr><td ${c(ctx, 'cbcell')}><input type="checkbox" name="${esc(fieldName('poor', s.key))}" value="${esc(s.value)}"${s.checked ? ' checked' : ''}${truth}></td><td ${c(ctx, 'lbl')}>${esc(s.label)}</td></tr>`;
    })
    .join('');
  return `<table ${c(ctx, 'check-table')}><tbody>${rows}</tbody></table>`;
}

export function alert(ctx: Ctx, kind: 'error' | 'success' | 'info', message: string, extra = ''): string {
  const role = kind === 'error' ? ' role="alert"' : ' role="status"';
  return `<div ${c(ctx, `alert alert-${kind}`)}${role}${extra}>${esc(message)}</div>`;
}
