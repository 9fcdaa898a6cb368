/**
 * Reading a built site in tests: dist/ (built for the root, as `npm run build` does) and dist-base/
 * (built for a sub-path, as `npm run build:subpath` does). Fails clearly when a build is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { withoutBase } from '../../src/lib/site-url.ts';

export const DIST = path.resolve('dist');
/** The sub-path build: the same site, built with SITE_URL ending in /aws-ml-study-guide/. */
export const DIST_BASE = path.resolve('dist-base');

export interface BuiltPage {
  /** Site path (without the base), e.g. "/data-engineering/glue/". */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
  /** "docs" for guide pages, "study" for the study tools, "print" for printed documents, "other" for 404. */
  kind: 'docs' | 'study' | 'print' | 'other';
}

const BUILD_COMMAND: Record<string, string> = { [DIST]: 'npm run build', [DIST_BASE]: 'npm run build:subpath' };

/** Throws the fix when a build is missing, instead of letting every test fail obscurely. */
export function requireBuild(dir = DIST): void {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${path.relative(process.cwd(), dir)}/ is missing: run "${BUILD_COMMAND[dir] ?? 'npm run build'}" first (npm test does it for you).`);
  }
}

/** The base a build was made for, read from its home page's canonical link ("/" or "/aws-ml-study-guide/"). */
export function builtBase(dir = DIST): string {
  requireBuild(dir);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(path.join(dir, 'index.html'), 'utf8'))?.[1];
  if (!canonical) throw new Error(`${dir}/index.html has no canonical link: is "site" set in astro.config.mjs?`);
  return new URL(canonical).pathname;
}

const cache = new Map<string, BuiltPage[]>();

/** Every HTML page of a build, parsed once. */
export function builtPages(dir = DIST): BuiltPage[] {
  requireBuild(dir);
  if (!cache.has(dir)) {
    const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
      .sort()
      .map((rel): BuiltPage => {
        const file = path.join(dir, rel);
        const html = readFileSync(file, 'utf8');
        const url = rel === '404.html' ? '/404.html' : `/${rel.replace(/index\.html$/, '')}`;
        const kind = url.startsWith('/print/') ? 'print' : /^\/(practice|study)\//.test(url) ? 'study' : url === '/404.html' ? 'other' : 'docs';
        return { url, file, html, root: parse(html), kind };
      });
    cache.set(dir, pages);
  }
  return cache.get(dir)!;
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

/**
 * Every link (`a[href]`) and asset (`src`, `srcset`, `link[href]`) in a build's HTML that points into
 * the site but does not resolve: a URL outside the base, a page or file that is not there, or an
 * anchor missing on its page. Each problem names the page and the URL.
 */
export function brokenLinks(dir = DIST): string[] {
  const base = builtBase(dir);
  const pages = builtPages(dir);
  const ids = new Map(pages.map((p) => [p.url, new Set(p.root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!))]));
  const broken: string[] = [];
  const check = (p: BuiltPage, url: string, kind: 'link' | 'asset') => {
    if (url.startsWith('#')) {
      const anchor = decodeURIComponent(url.slice(1));
      if (kind === 'link' && anchor && anchor !== '_top' && !ids.get(p.url)!.has(anchor)) broken.push(`${p.url}: ${url} (no such anchor)`);
      return;
    }
    if (!url.startsWith('/') || url.startsWith('//')) return;
    if (base !== '/' && !url.startsWith(base)) return void broken.push(`${p.url}: ${url} (outside the base ${base})`);
    const [target, anchor] = withoutBase(base, url).split('?')[0]!.split('#') as [string, string | undefined];
    const file = path.join(dir, decodeURIComponent(target));
    if (!ids.has(target) && !existsSync(file)) return void broken.push(`${p.url}: ${url} (no such ${kind === 'link' ? 'page' : 'file'})`);
    if (anchor && ids.has(target) && anchor !== '_top' && !ids.get(target)!.has(decodeURIComponent(anchor))) broken.push(`${p.url}: ${url} (no such anchor)`);
  };
  for (const p of pages) {
    for (const a of p.root.querySelectorAll('a[href]')) check(p, a.getAttribute('href')!, 'link');
    for (const el of p.root.querySelectorAll('[src]')) check(p, el.getAttribute('src')!, 'asset');
    for (const el of p.root.querySelectorAll('link[href]')) check(p, el.getAttribute('href')!, 'asset');
    for (const el of p.root.querySelectorAll('[srcset]')) for (const part of el.getAttribute('srcset')!.split(',')) check(p, part.trim().split(/\s+/)[0]!, 'asset');
  }
  return broken;
}
