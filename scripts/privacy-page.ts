// privacy.html, the privacy policy inside the extension (the options page links to it): made at build time from
// docs/store/privacy/{fr,nl,de,en}.md, the one text that the store listings link to as well. The Markdown used there
// is small: headings, paragraphs, lists (with wrapped lines), `code` and **bold**.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVACY_LOCALES = ['fr', 'nl', 'de', 'en'] as const;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const inline = (text: string) =>
  escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');

/** The small Markdown of the policy as HTML. */
export function markdownToHtml(markdown: string): string {
  const html: string[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) html.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
    if (list) html.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`);
    list = null;
  };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1] as string).length;
      html.push(`<h${level}>${inline(heading[2] as string)}</h${level}>`);
    } else if (line.startsWith('- ')) {
      if (paragraph.length > 0 || !list) flush();
      list = [...(list ?? []), line.slice(2)];
    } else if (list && line.startsWith('  ')) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else if (line.trim() === '') {
      flush();
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return html.join('\n');
}

export function privacyPage(root: string): string {
  const sections = PRIVACY_LOCALES.map(
    (locale) =>
      `<section id="${locale}" lang="${locale}">\n${markdownToHtml(readFileSync(join(root, `docs/store/privacy/${locale}.md`), 'utf8'))}\n</section>`,
  );
  const nav = PRIVACY_LOCALES.map((locale) => `<a href="#${locale}">${locale.toUpperCase()}</a>`).join(' · ');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacy · Confidentialité · Privacy · Datenschutz</title>
<link rel="stylesheet" href="options.css">
</head>
<body>
<main>
<nav>${nav}</nav>
${sections.join('\n<hr>\n')}
</main>
</body>
</html>
`;
}
