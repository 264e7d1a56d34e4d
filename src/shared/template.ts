// The page-language strings the background sends with the guide's context: templates whose named placeholders are
// already resolved, so only $1..$9 and $$ remain to substitute here. Keeps the catalogs out of the content script.

export type Strings = Readonly<Record<string, string>>;

export function t(strings: Strings, key: string, ...substitutions: string[]): string {
  const template = strings[key];
  if (template === undefined) return '';
  return template.replace(/\$\$|\$([1-9])/g, (_whole, index: string | undefined) =>
    index === undefined ? '$' : (substitutions[Number(index) - 1] ?? ''),
  );
}
