/**
 * Queries the built Pagefind index from Node, without a browser: imports dist/pagefind/pagefind.js
 * and answers its fetch() calls for file:// URLs from disk (the idea from Pagefind/pagefind#784).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learnerQuery, SEARCH_RANKING } from '../../src/lib/search-query.ts';

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  /** The full indexed text of the page. */
  content: string;
}

export interface NodeSearch {
  search(term: string): Promise<SearchHit[]>;
  close(): Promise<void>;
}

export async function loadPagefind(dist = 'dist'): Promise<NodeSearch> {
  const bundle = path.resolve(dist, 'pagefind');
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('file:')) return new Response(await readFile(fileURLToPath(url)));
    return realFetch(input, init);
  }) as typeof fetch;
  const pagefind = await import(pathToFileURL(path.join(bundle, 'pagefind.js')).href);
  // The same ranking as the search box, so results match what readers see.
  await pagefind.options({ basePath: pathToFileURL(bundle + '/').href, baseUrl: '/', ranking: SEARCH_RANKING });
  await pagefind.init();
  return {
    async search(term: string) {
      // As the search box does (src/components/overrides/Search.astro).
      const res = await pagefind.search(learnerQuery(term));
      const data = await Promise.all(res.results.map((r: { data: () => Promise<unknown> }) => r.data()));
      return data.map((d: any) => ({ url: d.url, title: d.meta.title, excerpt: d.excerpt, content: d.content }));
    },
    async close() {
      await pagefind.destroy?.();
      globalThis.fetch = realFetch;
    },
  };
}
