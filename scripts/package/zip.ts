// Reading and unpacking the packages (the test that rebuilds from the source archive, the lint of the AMO zip).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';

/** The files of a zip, by path (folders left out). */
export async function zipFiles(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}

/** Unpacks a zip into `dir`, dropping `strip` from the front of each path. */
export async function unzip(path: string, dir: string, strip = ''): Promise<void> {
  for (const [name, content] of await zipFiles(path)) {
    const target = join(dir, name.startsWith(strip) ? name.slice(strip.length) : name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
