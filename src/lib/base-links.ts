/** Markdown links under the site's base (see site-url.ts). */
import { defineMdastPlugin, type MdastVisitorContext, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { withBase } from './site-url.ts';

/**
 * Sätteri mdast plugin: Markdown links, images and link definitions written from the site root
 * ("[Glue](/data-engineering/glue/)"), and href/src attributes of HTML elements written in MDX, get
 * the base. Authors keep writing root-relative links; the links validator then checks the based URL.
 * It must come after the plugins that create links (the glossary's) in `mdastPlugins`.
 */
export function baseLinks(base: string) {
  const fixUrl = (node: Readonly<{ url: string }>, ctx: MdastVisitorContext) => {
    const url = withBase(base, node.url);
    if (url !== node.url) ctx.setProperty(node as never, 'url' as never, url as never);
  };
  // Attributes cannot be set one by one: the element is replaced by a copy (children included).
  const fixAttributes = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>, ctx: MdastVisitorContext) => {
    const based = (a: (typeof node.attributes)[number]) => a.type === 'mdxJsxAttribute' && (a.name === 'href' || a.name === 'src') && typeof a.value === 'string';
    const rebased = node.attributes.map((a) => (based(a) ? { ...a, value: withBase(base, a.value as string) } : a));
    if (rebased.every((a, i) => a === node.attributes[i] || (a as { value?: unknown }).value === (node.attributes[i] as { value?: unknown }).value)) return;
    ctx.replaceNode(node, { ...node, attributes: rebased } as MdxJsxFlowElement);
  };
  return defineMdastPlugin({
    name: 'base-links',
    link: fixUrl,
    image: fixUrl,
    definition: fixUrl,
    mdxJsxFlowElement: fixAttributes,
    mdxJsxTextElement: fixAttributes,
  });
}
