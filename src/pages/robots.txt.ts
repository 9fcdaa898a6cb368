/** /robots.txt: everything may be crawled; the sitemap (written by Starlight's sitemap integration) is named in full. */
import type { APIRoute } from 'astro';
import { href } from '../lib/href.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('/sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
