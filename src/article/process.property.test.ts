// Property test for one article's whole processing (read → parse → extract): whatever bytes a
// file holds, processArticle never throws, and every record it gives is valid against the schema.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordSchemaErrors } from '../record/schema.ts';
import { processArticle } from './process.ts';

const frontmatterLine = fc.oneof(
  fc.constantFrom(
    'title: A harbour story',
    'date: 2026-06-01',
    'date: yesterday',
    'lang: fr',
    'tags: [a, b]',
    'tags: 42',
    'slug: ../x',
    'draft: true',
    'countries: [FR, ZZ]',
    'topics: [politics, nothing]',
    'publisher: {name: Wire, url: "javascript:x"}',
    '- a list item',
    'just words',
    '  bad: indent',
  ),
  fc.string({ maxLength: 30 }),
);
const bodyLine = fc.oneof(
  fc.constantFrom('# Title', '> quoted', '- item', '*emphasis*', '<script>x</script>', 'The council voted 9 to 2 on Monday, the mayor said.', 'Le conseil a voté lundi, a déclaré le maire.', '1 200 personnes', '$1.2bn', '```', ''),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);
const article = fc
  .tuple(fc.boolean(), fc.array(frontmatterLine, { maxLength: 8 }), fc.array(bodyLine, { maxLength: 30 }))
  .map(([withFrontmatter, meta, body]) => `${withFrontmatter ? `---\n${meta.join('\n')}\n---\n` : ''}${body.join('\n')}`);

describe('processArticle on any file', () => {
  it('never throws on any bytes, and any record it gives is schema-valid', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          article.map((text) => new TextEncoder().encode(text)),
          fc.uint8Array({ maxLength: 400 }),
        ),
        fc.constantFrom('a.md', 'b.txt', 'c.markdown'),
        (bytes, path) => {
          const result = processArticle(bytes, path);
          if (result.article) expect(recordSchemaErrors(result.article.record)).toEqual([]);
          else expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
