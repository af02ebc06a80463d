/**
 * A checkout's compiled extraction (its dist/, what `newsdigest` runs) with the extraction
 * benchmarks' corpus: the gold set's and the sample site's articles of `corpusRoot`, read and
 * parsed by that checkout's own code, then padded to the size of real news (news-size.ts). Typed
 * by what the benchmarks need of any version, so that another checkout's code loads the same way
 * (bench-extract.ts measures this checkout's, bench-extract-ab.ts two side by side).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { paddedToNewsSize } from './news-size.ts';

interface Block {
  kind: string;
  text: string;
}

export interface CorpusInput {
  meta: { lang?: string };
  blocks: Block[];
}

export interface CompiledExtraction {
  extract: (input: CorpusInput) => unknown;
  corpus: CorpusInput[];
}

type ReadArticle = { id: string; path: string; format: string; meta: { lang?: string }; body: string; bodyLine: number; trailer: unknown };
type Parse = (body: string, line: number) => { title: unknown; blocks: Block[] };

/**
 * The article files (.md, .txt) under `dir`, none when it is missing. Not src/read/find.ts's
 * findArticleFiles: that one takes more extensions (a 15th sample article) and throws on a
 * missing folder, and the benchmark's corpus stays the one its earlier figures were made on.
 */
function articleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? articleFiles(path) : /\.(md|txt)$/i.test(name) ? [path] : [];
  });
}

export async function loadCompiledExtraction(checkout: string, corpusRoot: string): Promise<CompiledExtraction> {
  if (!existsSync(join(checkout, 'dist/extract/index.js'))) throw new Error(`${checkout}: no dist/ (run node scripts/compile.mjs there)`);
  const dist = (path: string): Promise<Record<string, unknown>> => import(pathToFileURL(join(checkout, 'dist', path)).href);
  const { extractRecord } = (await dist('extract/index.js')) as { extractRecord: (input: CorpusInput) => unknown };
  const { parseMarkdown } = (await dist('parse/markdown.js')) as { parseMarkdown: Parse };
  const { parseText } = (await dist('parse/text.js')) as { parseText: Parse };
  const { readArticle } = (await dist('read/article.js')) as { readArticle: (bytes: Buffer, options: { path: string }) => { article: ReadArticle | null } };
  const inputs: CorpusInput[] = [];
  for (const file of [...articleFiles(join(corpusRoot, 'eval/gold')), ...articleFiles(join(corpusRoot, 'articles'))]) {
    const { article } = readArticle(readFileSync(file), { path: relative(corpusRoot, file) });
    if (!article) continue;
    const parsed = article.format === 'text' ? parseText(article.body, article.bodyLine) : parseMarkdown(article.body, article.bodyLine);
    const input = { id: article.id, path: article.path, format: article.format, meta: article.meta, title: parsed.title, blocks: parsed.blocks, trailer: article.trailer };
    inputs.push(input);
  }
  return { extract: extractRecord, corpus: paddedToNewsSize(inputs) };
}
