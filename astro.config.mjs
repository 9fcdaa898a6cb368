// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { mermaidFence } from './src/lib/mermaid-fence.ts';
import { numDirective } from './src/lib/numbers.ts';
import { glossaryTerms } from './src/lib/glossary.ts';
import { sidebar } from './src/lib/sidebar.ts';

export default defineConfig({
  // Mermaid fences become pre-rendered SVG figures before Expressive Code sees them;
  // :num[group.key] becomes the number from src/content/numbers/; glossary terms get their tooltip.
  markdown: { processor: satteri({ mdastPlugins: [mermaidFence(), numDirective(), glossaryTerms()] }) },
  integrations: [
    starlight({
      title: 'AWS ML Study Guide',
      description: 'A free, sourced study guide for the AWS Certified Machine Learning – Specialty exam (MLS-C01), mapped to MLA-C01.',
      customCss: ['./src/styles/custom.css'],
      // Long lines (formulas, SQL) wrap instead of scrolling, so nothing is cut off on phones or paper.
      expressiveCode: { defaultProps: { wrap: true } },
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
      plugins: [starlightLinksValidator({ exclude: ({ link }) => /^\/(print|practice|study|reference\/glossary)\//.test(link) })],
    }),
  ],
});
