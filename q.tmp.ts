import { loadPagefind } from './scripts/lib/pagefind-node.ts';
const s = await loadPagefind('dist');
for (const q of process.argv.slice(2)) console.log(q, '→', (await s.search(q)).slice(0, 4).map((r) => r.url).join('  '));
await s.close();
