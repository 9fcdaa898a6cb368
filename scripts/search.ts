/**
 * Prints the top results of the built search index for each query, to choose search expectations
 * (tests/site/search/) and check ranking. Usage: npm run build && npm run search -- "shard" "zero buffering"
 */
import { loadPagefind } from './lib/pagefind-node.ts';

const queries = process.argv.slice(2);
if (!queries.length) {
  console.error('usage: npm run search -- "query" ["another query" ...]');
  process.exit(1);
}
const search = await loadPagefind('dist');
for (const q of queries) console.log(`${q} → ${(await search.search(q)).slice(0, 5).map((r) => r.url).join('  ') || '(no results)'}`);
await search.close();
