/**
 * Starlight route middleware: checks each docs page's cross-field rules (failing the build with
 * the file named) and adds the automatically rendered sections to the right-hand table of contents.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { contentEntry, checkPage, questionsOn } from './site-data.ts';
import { DOMAIN_SLUGS, getDomain, taskAnchor } from './lib/domains.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  // Pages built with <StarlightPage> (print, practice) are not content entries: nothing to check.
  const entry = await contentEntry(route.entry.id);
  if (!entry) return;
  checkPage(entry);
  if (!route.toc) return;
  if ((DOMAIN_SLUGS as string[]).includes(entry.id)) {
    // Domain index pages: <DomainOverview> renders these headings, so Markdown does not know them.
    const tasks = getDomain(entry.id).tasks.map((t) => ({ depth: 3, slug: taskAnchor(t.id), text: `Task ${t.id}`, children: [] }));
    route.toc.items.push(
      { depth: 2, slug: 'task-statements', text: 'Task statements', children: tasks },
      { depth: 2, slug: 'pages-in-this-chapter', text: 'Pages in this chapter', children: [] },
    );
  }
  if ((await questionsOn(entry.id)).length) route.toc.items.push({ depth: 2, slug: 'check-yourself', text: 'Check yourself', children: [] });
  route.toc.items.push({ depth: 2, slug: 'sources', text: 'Sources', children: [] });
});
