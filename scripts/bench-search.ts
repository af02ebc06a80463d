/**
 * `node bin/run.js scripts/bench-search.ts [COUNT…]`: Pagefind alone on generated articles,
 * to see where an index's time goes: starting the service, adding the records, getFiles (which
 * builds the index and sends every file back base64-encoded), and the files' count and size. Then
 * the same records split into shards of about SHARD_SIZE, each its own index, as a build makes
 * them: the time of one shard is what a one-article rebuild pays.
 */
import { close, createIndex } from 'pagefind';
import { searchShards } from '../src/search/shards.ts';
import { generateArticle } from './corpus.ts';

const counts = process.argv.slice(2).map(Number);

function recordOf(i: number) {
  const { headline, language, content } = generateArticle(i);
  const body = content.replace(/^---[\s\S]*?---\n/, '');
  return {
    url: `/articles/a${i}/`,
    content: `${headline}\n${body}`,
    language: 'en',
    meta: { title: headline, lang: language },
    filters: { topic: ['Politics'], country: ['Kenya'], actor: [`Actor ${i % 300}`], language: [language] },
    sort: { date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}` },
  };
}

async function index(records: ReturnType<typeof recordOf>[]): Promise<Record<string, number>> {
  const t0 = performance.now();
  const { index: made } = await createIndex({ forceLanguage: 'en' });
  if (!made) throw new Error('no index');
  const t1 = performance.now();
  await Promise.all(records.map((r) => made.addCustomRecord(r)));
  const t2 = performance.now();
  const { files } = await made.getFiles();
  const t3 = performance.now();
  await made.deleteIndex();
  const bytes = files.reduce((sum, f) => sum + f.content.length, 0);
  return { start: t1 - t0, add: t2 - t1, getFiles: t3 - t2, files: files.length, KiB: Math.round(bytes / 1024) };
}

for (const count of counts) {
  const records = Array.from({ length: count }, (_, i) => recordOf(i));
  const chars = records.reduce((sum, r) => sum + r.content.length, 0);
  const round = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
  console.log(count, 'records,', Math.round(chars / count), 'chars each; one index:', round(await index(records)));
  const shards = searchShards(records.map((r) => r.url));
  const sizes = shards.map((s) => s.length);
  const first = await index(shards[0]?.map((i) => records[i] as ReturnType<typeof recordOf>) ?? []);
  console.log(`  ${shards.length} shards (${Math.min(...sizes)}–${Math.max(...sizes)} records); one shard:`, round(first));
}
await close();
