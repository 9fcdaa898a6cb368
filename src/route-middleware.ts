/**
 * Starlight route middleware: checks each docs page's cross-field rules (failing the build with
 * the file named) and adds the automatically rendered sections to the right-hand table of contents.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { checkPage, componentHeadings, contentEntry, questionsOn } from './site-data.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  // Pages built with <StarlightPage> (print, practice) are not content entries: nothing to check.
  const entry = await contentEntry(route.entry.id);
  if (!entry) return;
  checkPage(entry);
  if (!route.toc) return;
  route.toc.items.push(...(await componentHeadings(entry.id)));
  if ((await questionsOn(entry.id)).length) route.toc.items.push({ depth: 2, slug: 'check-yourself', text: 'Check yourself', children: [] });
  route.toc.items.push({ depth: 2, slug: 'sources', text: 'Sources', children: [] });
});
