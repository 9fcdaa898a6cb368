/**
 * Where the site is published, from one setting: the SITE_URL environment variable, a full URL whose
 * path is the base the site is served under (e.g. https://example.github.io/aws-ml-study-guide/).
 * Unset, it is http://127.0.0.1:4321/, where `npm start` serves. Astro gets `site` (canonical links,
 * sitemap, robots.txt) and `base` from it; every root-relative link the guide writes goes through
 * `withBase` (in components and browser scripts: `href()` from href.ts; in Markdown: base-links.ts).
 * No dependencies: browser code imports it.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

/** `site` and `base` for astro.config.mjs; throws on a value that is not an http(s) URL. */
export function siteSettings(value: string | undefined = undefined): { site: string; base: string } {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be a full URL such as https://example.github.io/aws-ml-study-guide/ (got "${raw}")`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL must start with http:// or https:// (got "${raw}")`);
  if (url.search || url.hash) throw new Error(`SITE_URL must not have a query or #fragment (got "${raw}")`);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: url.origin, base };
}

/** "/aws-ml-study-guide" or "/aws-ml-study-guide/" → "/aws-ml-study-guide/"; "" or "/" → "/". */
function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Is this a link to somewhere on this site, written from its root ("/x/", not "//host", "#x" or "https:")? */
function isSitePath(link: string): boolean {
  return link.startsWith('/') && !link.startsWith('//');
}

/** The site path "/data-engineering/glue/#crawlers" as served under `base`; other links unchanged. */
export function withBase(base: string, path: string): string {
  if (!isSitePath(path)) return path;
  const b = normaliseBase(base);
  if (b === '/' || path === b || path.startsWith(b)) return path;
  return b + path.slice(1);
}

/** The reverse: "/aws-ml-study-guide/print/" → "/print/"; a path outside the base is returned as is. */
export function withoutBase(base: string, pathname: string): string {
  const b = normaliseBase(base);
  if (b === '/') return pathname;
  if (pathname === b.slice(0, -1)) return '/';
  return pathname.startsWith(b) ? pathname.slice(b.length - 1) : pathname;
}
