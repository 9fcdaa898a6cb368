/**
 * Links from components and browser scripts: `href('/practice/')` is the URL under the base the site
 * was built for (see site-url.ts). Uses Astro's BASE_URL, so it works at build time and in the browser.
 */
import { withBase, withoutBase } from './site-url.ts';

/** The built URL of a site path. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** The site path of a built URL's pathname: "/base/print/x/" → "/print/x/". */
export const sitePath = (pathname: string): string => withoutBase(import.meta.env.BASE_URL, pathname);
