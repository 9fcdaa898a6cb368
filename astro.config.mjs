// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { mermaidFence } from './src/lib/mermaid-fence.ts';
import { numDirective } from './src/lib/numbers.ts';
import { glossaryTerms } from './src/lib/glossary.ts';
import { sidebar } from './src/lib/sidebar.ts';
import { siteSettings, withoutBase } from './src/lib/site-url.ts';
import { baseLinks } from './src/lib/base-links.ts';
import { SEARCH_RANKING } from './src/lib/search-query.ts';

// Where the site is published: SITE_URL, e.g. https://example.github.io/aws-ml-study-guide/ (default
// http://127.0.0.1:4321/). Its path becomes the base every link is built under.
const { site, base } = siteSettings(process.env.SITE_URL);

export default defineConfig({
  site,
  base,
  // Mermaid fences become pre-rendered SVG figures before Expressive Code sees them;
  // :num[group.key] becomes the number from src/content/numbers/; glossary terms get their tooltip;
  // root-relative links (the authors' and the glossary's) get the base, last.
  markdown: { processor: satteri({ mdastPlugins: [mermaidFence({ base }), numDirective(), glossaryTerms(), baseLinks(base)] }) },
  integrations: [
    starlight({
      title: 'AWS ML Study Guide',
      description: 'A free, sourced study guide to machine learning on AWS for the ML Engineer – Associate exam (MLA-C02), organised by the domains of the retired Specialty exam (MLS-C01).',
      customCss: ['./src/styles/custom.css'],
      // Long lines (formulas, SQL) wrap instead of scrolling, so nothing is cut off on phones or paper.
      expressiveCode: { defaultProps: { wrap: true } },
      // One ranking for the search box and the search tests (src/lib/search-query.ts).
      pagefind: { ranking: SEARCH_RANKING },
      sidebar: sidebar(),
      routeMiddleware: './src/route-middleware.ts',
      components: {
        Banner: './src/components/overrides/Banner.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/components/overrides/Search.astro',
      },
      // Custom routes (print, practice, study) and glossary entries are checked by tests/site/pages.test.ts,
      // which resolves every link and anchor in dist/.
      plugins: [starlightLinksValidator({ exclude: ({ link }) => /^\/(print|practice|study|reference\/glossary[a-z-]*)\//.test(withoutBase(base, link)) })],
    }),
  ],
});
