/** Reading the built site (dist/) in tests. Fails clearly when there is no build. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = path.resolve('dist');

export interface BuiltPage {
  /** URL path, e.g. "/data-engineering/glue/". */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
  /** "docs" for guide pages, "study" for the study tools, "print" for printed documents, "other" for 404. */
  kind: 'docs' | 'study' | 'print' | 'other';
}

/** Throws the fix when dist/ is missing, instead of letting every test fail obscurely. */
export function requireBuild(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does it for you).');
}

let cache: BuiltPage[] | undefined;

/** Every HTML page of the build, parsed once. */
export function builtPages(): BuiltPage[] {
  requireBuild();
  cache ??= readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .sort()
    .map((rel) => {
      const file = path.join(DIST, rel);
      const html = readFileSync(file, 'utf8');
      const url = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
      const kind = url.startsWith('/print/') ? 'print' : /^\/(practice|study)\//.test(url) ? 'study' : url === '/404.html' ? 'other' : 'docs';
      return { url, file, html, root: parse(html), kind };
    });
  return cache;
}

/** The guide's pages (chapters, start pages, reference), not the study tools or print documents. */
export function docsPages(): BuiltPage[] {
  return builtPages().filter((p) => p.kind === 'docs');
}

/** The page at a URL path, or throws listing what exists. */
export function page(url: string): BuiltPage {
  const found = builtPages().find((p) => p.url === url);
  if (!found) throw new Error(`No built page ${url}. Pages: ${builtPages().map((p) => p.url).join(', ')}`);
  return found;
}
