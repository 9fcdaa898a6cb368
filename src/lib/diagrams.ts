/**
 * Build-time Mermaid diagrams: the pure part. Authors write ```mermaid fences; `npm run diagrams`
 * renders each one to a light and a dark SVG under public/diagrams/, named by a content hash; the
 * Markdown plugin (mermaid-fence.ts) swaps the fence for a <figure> pointing at those files.
 * Why files and not inline SVG or data URIs: see CONTRIBUTING.md, "Diagrams".
 */
import { createHash } from 'node:crypto';
import { withBase } from './site-url.ts';
import { escapeHtml } from './html.ts';

/** Where rendered SVGs live, relative to the project root (served from /diagrams/). */
export const DIAGRAM_DIR = 'public/diagrams';
/** The URL path the SVGs are served from. */
export const DIAGRAM_URL = '/diagrams';
export const VARIANTS = ['light', 'dark'] as const;
export type Variant = (typeof VARIANTS)[number];

/**
 * Mermaid settings used for both variants. Part of the cache key, so changing any of them
 * re-renders every diagram.
 */
export const RENDER_CONFIG = {
  layout: 'dagre',
  securityLevel: 'strict',
  fontFamily: 'Arial, Helvetica, sans-serif',
  htmlLabels: false,
  themes: { light: 'default', dark: 'dark' },
} as const;

/**
 * Largest intrinsic size a diagram may have: the text column is about 690 px wide and an A4 page
 * with margins about 670 px, so wider diagrams shrink their 16 px labels below ~13 px.
 */
export const MAX_DIAGRAM = { width: 860, height: 1100 } as const;

/**
 * SVGO settings applied to every rendered SVG (scripts/lib/svgo.ts), part of the cache key. The
 * preset minifies Mermaid's <style> and drops its rules for other diagram types, rounds
 * coordinates to 3 decimals and removes whitespace; the overrides keep what the page and
 * assistive technology rely on: every id (the <style> selectors, markers, filters and
 * aria-labelledby/-describedby point at them), `role` and `aria-*`, <title> and <desc>.
 * Multipass makes the result a fixed point: optimising it again changes nothing (a test checks).
 */
export const SVGO_CONFIG = {
  multipass: true,
  plugins: [
    {
      name: 'preset-default',
      params: {
        overrides: {
          cleanupIds: false,
          removeDesc: false,
          // Mermaid's <style> selects by element name (`.cluster rect`, `.node ellipse`) and by
          // nesting, and its rules are ordered by specificity: keep element names, groups and the
          // cascade as they are.
          convertShapeToPath: false,
          convertEllipseToCircle: false,
          collapseGroups: false,
          inlineStyles: false,
          removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true },
        },
      },
    },
  ],
} as const;

/**
 * The cache key of a diagram: a short hash of the tool versions (`renderVersions()`: Mermaid and
 * SVGO), the render and SVGO settings and the source.
 */
export function diagramKey(source: string, versions: string): string {
  const normalised = source.replace(/\r\n/g, '\n').trim();
  return createHash('sha256')
    .update(JSON.stringify({ versions, config: RENDER_CONFIG, svgo: SVGO_CONFIG, source: normalised }))
    .digest('hex')
    .slice(0, 16);
}

/** File name of one rendered variant. */
export function diagramFile(key: string, variant: Variant): string {
  return `${key}.${variant}.svg`;
}

export interface AccessibleText {
  title?: string;
  description?: string;
}

/**
 * Reads `accTitle: …` and `accDescr: …` (single-line or `accDescr { … }` block) from a Mermaid
 * source, the way Mermaid itself does.
 */
export function accessibilityText(source: string): AccessibleText {
  const title = /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1];
  const line = /^\s*accDescr\s*:\s*(.+?)\s*$/m.exec(source)?.[1];
  const description = (block ?? line)?.replace(/\s+/g, ' ').trim();
  return { title: title || undefined, description: description || undefined };
}

export interface MermaidFence {
  /** 1-based line of the opening ``` in the file. */
  line: number;
  source: string;
}

/** Finds every ```mermaid fence in a Markdown/MDX file, with the line it starts on. */
export function extractMermaidFences(text: string): MermaidFence[] {
  const fences: MermaidFence[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*mermaid\b.*$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, marker] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const candidate = lines[j]!;
      if (candidate.trim().startsWith(marker!) && candidate.trim().replace(/[`~]/g, '') === '') break;
      body.push(candidate.startsWith(indent!) ? candidate.slice(indent!.length) : candidate);
    }
    fences.push({ line: i + 1, source: body.join('\n') });
    i = j;
  }
  return fences;
}

/** Problems an author must fix before a diagram may be rendered (empty when fine). */
export function fenceProblems(source: string): string[] {
  const { title, description } = accessibilityText(source);
  const problems: string[] = [];
  if (!title) problems.push('missing "accTitle: …" (it becomes the caption)');
  if (!description) problems.push('missing "accDescr: …" (it becomes the alt text)');
  return problems;
}

/**
 * Mermaid writes `width="100%"` and a max-width style; give the SVG its intrinsic size from the
 * viewBox instead, so tall diagrams do not blow up to the full column (or page) width.
 */
export function fixSvgSize(svg: string): { svg: string; width: number; height: number } {
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number);
  if (!viewBox || viewBox.length !== 4) throw new Error('Rendered SVG has no viewBox');
  const width = Math.ceil(viewBox[2]!);
  const height = Math.ceil(viewBox[3]!);
  const fixed = svg.replace(/^<svg([^>]*)>/, (_, attrs: string) => {
    const cleaned = attrs
      .replace(/\swidth="[^"]*"/, '')
      .replace(/\sheight="[^"]*"/, '')
      .replace(/\sstyle="[^"]*"/, '');
    return `<svg${cleaned} width="${width}" height="${height}">`;
  });
  return { svg: fixed, width, height };
}

/** Reads the width and height attributes written by fixSvgSize (in either order). */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const attrs = /^<svg([^>]*)>/.exec(svg)?.[1] ?? '';
  const width = /\swidth="(\d+)"/.exec(attrs)?.[1];
  const height = /\sheight="(\d+)"/.exec(attrs)?.[1];
  return width && height ? { width: Number(width), height: Number(height) } : undefined;
}


/**
 * The HTML that replaces a fence: the light image carries the alt text, the dark copy is hidden
 * from assistive technology; CSS shows one or the other (print: always light). The caption links
 * to the SVG itself so phone readers can zoom into it.
 */
export function diagramFigure(opts: { key: string; title: string; description: string; width: number; height: number; base?: string }): string {
  const { key, title, description, width, height, base = '/' } = opts;
  const dir = withBase(base, DIAGRAM_URL);
  const size = `width="${width}" height="${height}"`;
  return (
    `<figure class="diagram not-content" data-pagefind-ignore="all">` +
    `<img class="diagram-light" src="${dir}/${diagramFile(key, 'light')}" alt="${escapeHtml(description)}" ${size} decoding="async" />` +
    `<img class="diagram-dark" src="${dir}/${diagramFile(key, 'dark')}" alt="" aria-hidden="true" ${size} loading="lazy" decoding="async" />` +
    `<figcaption>${escapeHtml(title)} <a class="diagram-full print:hidden" href="${dir}/${diagramFile(key, 'light')}">` +
    `Open full size<span class="sr-only">: ${escapeHtml(title)}</span></a></figcaption></figure>`
  );
}
