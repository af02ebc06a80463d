// An article's whole copy in the cache folder: read back whole, or its body alone (the search
// index's text), and never when the file is not the one its listing hashed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record } from '../index/fixtures/records.ts';
import { readWholeArticle, readWholeHtml, wholeArticlePath, writeWholeArticle } from './entries.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nd-entries-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const html = '<p>The night ferry to Ostrel left\nwith “forty” cars &amp; a brass band.</p>';
const rec = record('night-ferry', { headline: 'Night ferry sails again' });

describe('whole articles in the cache folder', () => {
  it('reads back the body alone, and the whole article, as written', () => {
    const hash = writeWholeArticle(dir, 'abcdef', html, JSON.stringify(rec));
    expect(readWholeHtml(dir, 'abcdef', hash)).toBe(html);
    expect(readWholeArticle(dir, 'abcdef', hash)).toEqual({ record: rec, html, recordJson: JSON.stringify(rec) });
  });

  it('makes the folder of an article when it is missing, and writes beside others when it is there', () => {
    const first = writeWholeArticle(dir, 'ab0001', html, JSON.stringify(rec));
    const second = writeWholeArticle(dir, 'ab0002', '<p>Second</p>', JSON.stringify(rec));
    expect(wholeArticlePath(dir, 'ab0002')).toBe(join(dir, 'articles', 'ab', 'ab0002'));
    expect(readWholeHtml(dir, 'ab0001', first)).toBe(html);
    expect(readWholeHtml(dir, 'ab0002', second)).toBe('<p>Second</p>');
  });

  it('reads nothing from a file that is missing or is not the one hashed', async () => {
    const hash = writeWholeArticle(dir, 'abcdef', html, JSON.stringify(rec));
    expect(readWholeHtml(dir, 'abcdef', 'another hash')).toBeNull();
    expect(readWholeHtml(dir, 'missing', hash)).toBeNull();
    await writeFile(wholeArticlePath(dir, 'abcdef'), `${JSON.stringify({ html: '<p>Changed</p>' })}\n${JSON.stringify(rec)}`);
    expect(readWholeHtml(dir, 'abcdef', hash)).toBeNull();
    expect(readWholeArticle(dir, 'abcdef', hash)).toBeNull();
  });
});
