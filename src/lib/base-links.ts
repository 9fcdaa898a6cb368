/** Markdown links under the site's base (see site-url.ts). */
import { defineMdastPlugin } from 'satteri';
import { withBase } from './site-url.ts';

interface MdxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Sätteri mdast plugin: Markdown links, images and link definitions written from the site root
 * ("[Glue](/data-engineering/glue/)"), and href/src attributes of HTML elements written in MDX, get
 * the base. Authors keep writing root-relative links; the links validator then checks the based URL.
 */
export function baseLinks(base: string) {
  const fixUrl = <N extends { url: string }>(node: Readonly<N>, ctx: { setProperty(n: Readonly<N>, k: 'url', v: string): void }) => {
    const url = withBase(base, node.url);
    if (url !== node.url) ctx.setProperty(node, 'url', url);
  };
  // Attributes cannot be set one by one: the element is replaced by a copy (children included).
  const fixAttributes = <N extends { attributes: readonly MdxAttribute[] }>(node: Readonly<N>, ctx: { replaceNode(n: Readonly<N>, m: N): void }) => {
    const based = (a: MdxAttribute) => a.type === 'mdxJsxAttribute' && (a.name === 'href' || a.name === 'src') && typeof a.value === 'string';
    if (!node.attributes.some((a) => based(a) && withBase(base, a.value as string) !== a.value)) return;
    ctx.replaceNode(node, { ...node, attributes: node.attributes.map((a) => (based(a) ? { ...a, value: withBase(base, a.value as string) } : a)) } as N);
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
