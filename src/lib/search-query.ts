/**
 * Learners type questions ("which service converts speech to text"), and Pagefind returns only pages
 * that contain every word. `learnerQuery` drops the words of a question that carry no topic (question
 * words, filler, "AWS"/"Amazon"), so the remaining words decide; the search box and the search tests
 * both pass queries through it.
 */

/** Words that never decide which page answers a query. Kept short: every word here is unsearchable. */
export const FILLER_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'for', 'in', 'on', 'with', 'by', 'from', 'into', 'at', 'as',
  'is', 'are', 'be', 'was', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'it', 'its',
  'what', 'which', 'who', 'when', 'where', 'why', 'how',
  'that', 'this', 'these', 'those', 'there', 'use', 'using', 'used', 'get', 'make',
  'service', 'services', 'aws', 'amazon', 'best', 'way', 'need', 'want', 'about', 'while', 'than',
]);

/** The query Pagefind should run: the words that carry a topic, or the query itself when none do. */
export function learnerQuery(query: string): string {
  const words = query
    .toLowerCase()
    .replace(/[?!,;:"“”()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w) => !FILLER_WORDS.has(w));
  return (kept.length ? kept : words).join(' ');
}

/**
 * Pagefind's ranking, set once for the search box (Starlight's `pagefind.ranking`, astro.config.mjs) and
 * for the search tests (scripts/lib/pagefind-node.ts), so that the tests rank as readers see. These are
 * Pagefind's own defaults: term frequency and page length count fully, so the page about a term beats a
 * reference page that mentions everything (Starlight's defaults, 0.1 for both, favour long lists).
 */
export const SEARCH_RANKING = { termSimilarity: 1, pageLength: 0.75, termSaturation: 1.4, termFrequency: 1, diacriticSimilarity: 0.8 };
