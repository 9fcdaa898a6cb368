import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { diagramKey, diagramFile } from '../../src/lib/diagrams.ts';
import { mermaidFence } from '../../src/lib/mermaid-fence.ts';

const source = 'flowchart LR\n  accTitle: Glue to Athena\n  accDescr: A crawler fills the catalog that Athena queries.\n  A --> B';
const fence = '```mermaid\n' + source + '\n```';

function cacheWith(keys: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'diagrams-'));
  for (const key of keys) {
    writeFileSync(path.join(dir, diagramFile(key, 'light')), '<svg viewBox="0 0 40 30" width="40" height="30"></svg>');
    writeFileSync(path.join(dir, diagramFile(key, 'dark')), '<svg viewBox="0 0 40 30" width="40" height="30"></svg>');
  }
  return dir;
}

describe('mermaidFence', () => {
  test('replaces a fence with a figure of the rendered files', () => {
    const key = diagramKey(source, '1.0.0');
    const plugin = mermaidFence({ diagramDir: cacheWith([key]), version: '1.0.0' });
    const { html } = markdownToHtml(`Intro\n\n${fence}\n`, { mdastPlugins: [plugin] });
    expect(html).toContain(`<figure class="diagram not-content" data-pagefind-ignore="all">`);
    expect(html).toContain(`src="/diagrams/${key}.light.svg" alt="A crawler fills the catalog that Athena queries." width="40" height="30"`);
    expect(html).toContain('<figcaption>Glue to Athena <a class="diagram-full');
    expect(html).not.toContain('flowchart LR');
  });

  test('leaves other code blocks alone', () => {
    const plugin = mermaidFence({ diagramDir: cacheWith([]), version: '1.0.0' });
    const { html } = markdownToHtml('```python\nprint(1)\n```', { mdastPlugins: [plugin] });
    expect(html).toContain('print(1)');
    expect(html).not.toContain('figure');
  });

  test('fails with file and line when the diagram is not rendered', () => {
    const plugin = mermaidFence({ diagramDir: cacheWith([]), version: '1.0.0' });
    const fileURL = pathToFileURL(path.resolve('src/content/docs/x.mdx'));
    expect(() => markdownToHtml(`# T\n\n${fence}`, { mdastPlugins: [plugin], fileURL })).toThrow(
      /src\/content\/docs\/x\.mdx:3: Mermaid diagram [0-9a-f]{16} is not rendered yet\. Run "npm run diagrams"/,
    );
  });

  test('fails naming what is missing when accTitle or accDescr is absent', () => {
    const plugin = mermaidFence({ diagramDir: cacheWith([]), version: '1.0.0' });
    expect(() => markdownToHtml('```mermaid\nflowchart LR\n A --> B\n```', { mdastPlugins: [plugin] })).toThrow(/missing "accTitle: …"/);
  });

  test('works in MDX, keeping braces in alt text literal', () => {
    const braces = 'flowchart LR\n  accTitle: T\n  accDescr: Uses {curly} braces.\n  A --> B';
    const key = diagramKey(braces, '1.0.0');
    const plugin = mermaidFence({ diagramDir: cacheWith([key]), version: '1.0.0' });
    const { code } = mdxToJs('```mermaid\n' + braces + '\n```', { mdastPlugins: [plugin] });
    expect(code).toContain('Uses {curly} braces.');
  });
});
