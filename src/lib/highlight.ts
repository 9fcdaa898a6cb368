/**
 * Adds the search query to a result link as ?highlight= terms (one per word, as Pagefind's
 * highlighter reads them), keeping any #anchor; replaces terms already there.
 */
export function withHighlight(href: string, query: string): string {
  const terms = query.trim().split(/\s+/).filter(Boolean);
  if (!terms.length || !href) return href;
  const [pathAndQuery, hash = ''] = href.split('#');
  const [path, search = ''] = pathAndQuery!.split('?');
  const params = new URLSearchParams(search);
  params.delete('highlight');
  for (const term of terms) params.append('highlight', term);
  return `${path}?${params.toString()}${hash ? `#${hash}` : ''}`;
}
