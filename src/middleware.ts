/** Printed documents are rewritten once their pages are joined (unique ids, demoted headings, in-document links). */
import { defineMiddleware } from 'astro:middleware';
import { rewritePrintDocument } from './lib/print.ts';
import { loadGlossary } from './lib/glossary.ts';
import { sitePath } from './lib/href.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!sitePath(context.url.pathname).startsWith('/print/') || !response.headers.get('content-type')?.includes('text/html')) return response;
  return new Response(rewritePrintDocument(await response.text(), loadGlossary(), import.meta.env.BASE_URL), response);
});
