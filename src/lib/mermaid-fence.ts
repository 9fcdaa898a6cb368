/**
 * Sätteri mdast plugin: replaces each ```mermaid fence with a <figure> of the pre-rendered light
 * and dark SVGs (see diagrams.ts). It must run before Expressive Code, which would otherwise
 * highlight the fence as code and put the Mermaid source into the search index; an mdast plugin
 * does, because Expressive Code works on the hast tree.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import { accessibilityText, diagramFigure, diagramFile, diagramKey, DIAGRAM_DIR, fenceProblems, svgSize } from './diagrams.ts';

/** The installed mermaid version. */
export function mermaidVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('mermaid/package.json') as { version: string }).version;
}

/** The installed versions of the tools that write a diagram (part of every diagram's cache key). */
export function renderVersions(): string {
  // svgo does not export its package.json; it sits one folder above the resolved entry point.
  const svgoPackage = path.join(path.dirname(createRequire(import.meta.url).resolve('svgo')), '..', 'package.json');
  return `mermaid ${mermaidVersion()}, svgo ${(JSON.parse(readFileSync(svgoPackage, 'utf8')) as { version: string }).version}`;
}

export interface MermaidFenceOptions {
  /** Folder holding the rendered SVGs (default: public/diagrams under the working directory). */
  diagramDir?: string;
  /** Override the tool versions used in keys (tests); default `renderVersions()`. */
  version?: string;
  /** The base the site is served under (astro.config's `base`); default "/". */
  base?: string;
}

/** Returns the plugin for `satteri({ mdastPlugins: [...] })`. */
export function mermaidFence(options: MermaidFenceOptions = {}) {
  const dir = path.resolve(options.diagramDir ?? DIAGRAM_DIR);
  const version = options.version ?? renderVersions();
  return defineMdastPlugin({
      name: 'mermaid-prerendered',
      // Positions let errors name the line of the fence.
      options: { position: true },
      code(node, ctx) {
        if (node.lang !== 'mermaid') return;
        const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '<markdown>';
        const where = `${file}:${node.position?.start.line ?? '?'}`;
        const problems = fenceProblems(node.value);
        if (problems.length) throw new Error(`${where}: Mermaid diagram ${problems.join('; ')}`);
        const key = diagramKey(node.value, version);
        let light: string;
        try {
          light = readFileSync(path.join(dir, diagramFile(key, 'light')), 'utf8');
          readFileSync(path.join(dir, diagramFile(key, 'dark')), 'utf8');
        } catch {
          throw new Error(`${where}: Mermaid diagram ${key} is not rendered yet. Run "npm run diagrams" (needs Chromium) and commit public/diagrams/.`);
        }
        const size = svgSize(light);
        if (!size) throw new Error(`${where}: ${diagramFile(key, 'light')} has no width/height. Delete it and run "npm run diagrams".`);
        const { title, description } = accessibilityText(node.value);
        // mdxExpressions: false keeps braces in alt text literal instead of parsing them as MDX.
        return { raw: diagramFigure({ key, title: title!, description: description!, ...size, base: options.base }), mdxExpressions: false };
      },
  });
}
