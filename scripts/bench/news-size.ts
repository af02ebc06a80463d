/**
 * The extraction benchmarks' corpus: each article padded with paragraphs of others in the same
 * language to at least 3 KB, and longer files (wire digests) cut to their first 5 KB of
 * paragraphs, the size of real news. Generic over the input type, so that a benchmark of another
 * checkout's compiled code (bench-extract-ab.ts) pads that code's own inputs the same way.
 */
interface Block {
  kind: string;
  text: string;
}

export function paddedToNewsSize<B extends Block, T extends { meta: { lang?: string | null }; blocks: readonly B[] }>(inputs: readonly T[]): T[] {
  return inputs.map((input, i) => {
    const blocks = [...input.blocks];
    for (let j = 1; j < inputs.length && blocks.reduce((n, b) => n + b.text.length, 0) < 3000; j++) {
      const other = inputs[(i + j) % inputs.length] as T;
      if ((other.meta.lang ?? 'fr') === (input.meta.lang ?? 'fr')) blocks.push(...other.blocks.filter((b) => b.kind === 'paragraph'));
    }
    const kept: B[] = [];
    let total = 0;
    for (const b of blocks) {
      if (total > 0 && total + b.text.length > 5000) break;
      kept.push(b);
      total += b.text.length;
    }
    return { ...input, blocks: kept };
  });
}
