// The dependency graph (which pages an article touches) and incremental rebuilds counted page by
// page, as Hugo's rebuild_test does: an edit must re-render exactly the pages that show the article.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type SiteConfig } from '../config/config.ts';
import { record } from '../index/fixtures/records.ts';
import { pagesTouchedBy, planSite, type SiteArticle, type SitePlan } from '../index/plan.ts';
import { buildSite } from '../site/build.ts';
import { IncrementalSite } from '../site/incremental.ts';
import { CLIENT_TAG } from './server.ts';

const PROJECT = new URL('../../', import.meta.url).pathname;

function article(id: string, date: string, parts: { topics?: string[]; countries?: string[]; actors?: string[]; digest?: string } = {}): SiteArticle {
  const rec = record(id, {
    date,
    publisher: null,
    wordCount: 10,
    topics: (parts.topics ?? []).map((t) => ({ id: t, iptc: 'medtop:00000000', label: t })),
    countries: (parts.countries ?? []).map((c) => ({ code: c, name: c, mentions: 1, via: [] })),
    actors: (parts.actors ?? []).map((a) => ({ id: a, name: a, type: 'person', roles: [], country: null, aliases: [], mentions: 1, confidence: 0.9 })),
  });
  return { record: rec, digest: parts.digest ?? `d-${id}`, full: { record: rec, html: `<p>${id}</p>` } };
}

describe('the dependency graph: pages an article touches', () => {
  const articles = [
    article('a', '2026-01-03', { topics: ['health'], countries: ['CD'], actors: ['who'] }),
    article('b', '2026-01-02', { topics: ['health', 'politics'], countries: ['FR'] }),
    article('c', '2026-01-01', { topics: ['politics'], countries: ['FR'], actors: ['who'] }),
  ];
  const plan = planSite(articles, { pageSize: 2, language: 'en' });
  const touched = (id: string): string[] =>
    pagesTouchedBy(plan, id)
      .map((p) => p.output)
      .sort();

  it('lists its own pages, its home page, its topic, country and actor pages, the taxonomy indexes and the data index', () => {
    const feeds = (base: string): string[] => ['atom.xml', 'feed.json', 'rss.xml'].map((f) => base + f);
    // b shares a topic with a: a's page lists it among related articles.
    expect(touched('a')).toEqual(
      [
        'actors/index.html',
        ...feeds('actors/who/'),
        'actors/who/index.html',
        'articles/a/index.html',
        'articles/b/index.html',
        'articles/c/index.html',
        ...feeds(''),
        ...feeds('countries/cd/'),
        'countries/cd/index.html',
        'countries/index.html',
        'data/articles/a.json',
        'data/index.json',
        'index.html',
        ...feeds('topics/health/'),
        'topics/health/index.html',
        'topics/index.html',
      ].sort(),
    );
  });

  it('follows pagination: an article on page 2 touches page 2, not page 1', () => {
    expect(touched('c')).toContain('page/2/index.html');
    expect(touched('c')).not.toContain('index.html');
    expect(touched('a')).not.toContain('page/2/index.html');
  });

  it('leaves out the pages of other terms', () => {
    expect(touched('b')).not.toContain('actors/who/index.html');
    expect(touched('b')).not.toContain('countries/cd/index.html');
  });

  it('changes the fingerprint of exactly the touched pages when the content changes but not the place', () => {
    const edited = planSite(
      articles.map((a) => (a.record.id === 'b' ? { ...a, digest: 'd-b-2' } : a)),
      { pageSize: 2, language: 'en' },
    );
    const before = new Map(plan.pages.map((p) => [p.output, p.fingerprint]));
    const changed = edited.pages
      .filter((p) => before.get(p.output) !== p.fingerprint)
      .map((p) => p.output)
      .sort();
    // Term indexes show counts only: an edit that keeps the counts leaves them alone.
    expect(changed).toEqual(touched('b').filter((o) => !['topics/index.html', 'countries/index.html', 'actors/index.html'].includes(o)));
  });
});

describe('IncrementalSite on real files', () => {
  let dir: string;
  let config: SiteConfig;
  let site: IncrementalSite;
  const SOURCES = ['2026/11/rdc-cholera-kasai.md', '2026/10/bceao-taux-directeur.md', '2026/12/canada-vote-budget.md', '2026/10/wire/chile-copper-strike.txt'];
  const file = (path: string): string => join(config.articlesDir, path);
  const out = (path: string): Promise<string> => readFile(join(config.outDir, path), 'utf8');

  async function allOutputs(root: string, prefix = ''): Promise<string[]> {
    const entries = await readdir(join(root, prefix), { withFileTypes: true });
    const found: string[] = [];
    for (const entry of entries) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) found.push(...(await allOutputs(root, rel)));
      else found.push(rel);
    }
    return found;
  }

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsdigest-rebuild-'));
    for (const source of SOURCES) await cp(join(PROJECT, 'articles', source), join(dir, 'articles', source), { recursive: true });
    await cp(join(PROJECT, 'templates'), join(dir, 'templates'), { recursive: true });
    config = loadConfig(dir, { articlesDir: join(dir, 'articles'), outDir: join(dir, 'public'), templatesDir: join(dir, 'templates') });
    ({ site } = await IncrementalSite.open({ config, bodyEnd: CLIENT_TAG }));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the whole site first, with the dev client in every page', async () => {
    const plan = site.plan;
    expect(plan?.order).toHaveLength(4);
    expect(site.rendered).toBe(plan?.pages.length);
    expect(await out('index.html')).toContain(CLIENT_TAG);
    expect(await out('404.html')).toContain(CLIENT_TAG);
  });

  it('never puts the dev client in build output', async () => {
    const result = await buildSite({ ...config, outDir: join(dir, 'built') }, { cacheDir: join(dir, '.cache') });
    expect(result.written).toBe(true);
    expect(await readFile(join(dir, 'built', 'index.html'), 'utf8')).not.toContain('__newsdigest');
  });

  it('re-renders only the edited article and the pages that list it', async () => {
    const path = '2026/11/rdc-cholera-kasai.md';
    await writeFile(file(path), `${await readFile(file(path), 'utf8')}\nUne phrase ajoutée à la fin.\n`);
    const before = site.rendered;
    const id = 'rdc-cholera-kasai';
    const result = await site.update({ articles: new Map([[path, 'upsert']]) });
    const expected = pagesTouchedBy(site.plan as SitePlan, id)
      .map((p) => p.output)
      .filter((o) => !/^(topics|countries|actors|tags)\/index\.html$/.test(o));
    expect(result.reread).toEqual([path]);
    // The page the writer is looking at is written before the lists that show the article.
    expect(result.written[0]).toBe('articles/rdc-cholera-kasai/index.html');
    expect(result.written.sort()).toEqual(expected.sort());
    expect(site.rendered - before).toBe(expected.length);
    expect(result.written).toContain('articles/rdc-cholera-kasai/index.html');
    expect(result.written).toContain('data/index.json');
    expect(result.written).not.toContain('articles/bceao-taux-directeur/index.html');
  });

  it('does nothing for a save that leaves the bytes as they were', async () => {
    const path = '2026/10/bceao-taux-directeur.md';
    await writeFile(file(path), await readFile(file(path)));
    const before = site.rendered;
    const result = await site.update({ articles: new Map([[path, 'upsert']]) });
    expect(result.unchanged).toEqual([path]);
    expect(result.written).toEqual([]);
    expect(site.rendered).toBe(before);
  });

  it('shows a new headline on the article page and on the home page', async () => {
    const path = '2026/12/canada-vote-budget.md';
    await writeFile(file(path), (await readFile(file(path), 'utf8')).replace(/^title: .*$/m, 'title: "A brand new headline"'));
    await site.update({ articles: new Map([[path, 'upsert']]) });
    expect(await out('articles/canada-vote-budget/index.html')).toContain('A brand new headline');
    expect(await out('index.html')).toContain('A brand new headline');
  });

  it('removes a deleted article everywhere: its pages are gone and no page links to it', async () => {
    await rm(file('2026/12/canada-vote-budget.md'));
    const result = await site.update({ articles: new Map([['2026/12/canada-vote-budget.md', 'remove']]) });
    // Its own pages go, and so do the pages of terms (actors, countries) no other article has.
    expect(result.removed).toEqual(expect.arrayContaining(['articles/canada-vote-budget/index.html', 'data/articles/canada-vote-budget.json']));
    for (const output of result.removed) expect(output).toMatch(/^(articles\/canada-vote-budget\/|data\/articles\/canada-vote-budget\.json|(topics|countries|actors|tags)\/[^/]+\/)/);
    const outputs = await allOutputs(config.outDir);
    expect(outputs.some((o) => o.includes('canada-vote-budget'))).toBe(false);
    for (const output of outputs.filter((o) => /\.(html|json)$/.test(o))) expect(await out(output), output).not.toContain('canada-vote-budget');
  });

  it('moves a renamed article to its new address and leaves no page at the old one', async () => {
    await rename(file('2026/12/canada-vote-budget.md'), file('2026/12/canada-budget-adopted.md'));
    await site.update({
      articles: new Map([
        ['2026/12/canada-vote-budget.md', 'remove'],
        ['2026/12/canada-budget-adopted.md', 'upsert'],
      ]),
    });
    const outputs = await allOutputs(config.outDir);
    expect(outputs).toContain('articles/canada-budget-adopted/index.html');
    expect(outputs.some((o) => o.includes('canada-vote-budget'))).toBe(false);
    expect(await out('index.html')).toContain('/articles/canada-budget-adopted/');
  });

  it('adds a new article to the home page and the data index', async () => {
    await writeFile(file('2026/12/new-story.md'), '---\ntitle: "A new story"\ndate: 2026-12-31\n---\n\nIt happened today.\n');
    const result = await site.update({ articles: new Map([['2026/12/new-story.md', 'upsert']]) });
    expect(result.written).toContain('articles/new-story/index.html');
    expect(await out('index.html')).toContain('A new story');
    expect(JSON.parse(await out('data/index.json')).count).toBe(5);
  });

  it('keeps serving the last good version of an article whose frontmatter breaks, and reports where', async () => {
    const path = '2026/11/rdc-cholera-kasai.md';
    const good = await readFile(file(path), 'utf8');
    await writeFile(file(path), good.replace(/^date: .*$/m, 'date: [2026-11-05'));
    const broken = await site.update({ articles: new Map([[path, 'upsert']]) });
    expect(broken.diagnostics).toEqual([expect.objectContaining({ ruleId: 'frontmatter-yaml', path: expect.stringContaining(path) })]);
    expect(broken.written).toEqual([]);
    expect(await out('articles/rdc-cholera-kasai/index.html')).toContain('choléra');
    expect(site.diagnostics().some((d) => d.ruleId === 'frontmatter-yaml')).toBe(true);

    await writeFile(file(path), good);
    await site.update({ articles: new Map([[path, 'upsert']]) });
    expect(site.diagnostics().some((d) => d.severity === 'error')).toBe(false);
  });

  it('re-renders every page without re-reading any article when a template changes', async () => {
    const layout = join(config.templatesDir, 'layouts', 'base.liquid');
    await writeFile(layout, (await readFile(layout, 'utf8')).replace('<main id="main">', '<main id="main" data-edited>'));
    const result = await site.update({ templates: true });
    expect(result.full).toBe(true);
    expect(result.reread).toEqual([]);
    expect(result.written).toHaveLength(site.plan?.pages.length ?? -1);
    expect(await out('articles/canada-vote-budget/index.html')).toContain('data-edited');
  });

  it('keeps the last good pages on a template syntax error, with its place, until it is fixed', async () => {
    const page = join(config.templatesDir, 'pages', 'article.liquid');
    const good = await readFile(page, 'utf8');
    await writeFile(page, good.replace('{% block content %}', '{% block content %}\n{% if %}'));
    const result = await site.update({ templates: true });
    expect(result.templateError).toMatchObject({ ruleId: 'template', path: expect.stringContaining('article.liquid') });
    expect(result.templateError?.line).toBeGreaterThan(1);
    expect(await out('articles/canada-vote-budget/index.html')).toContain('<article');

    await writeFile(page, good);
    const fixed = await site.update({ templates: true });
    expect(fixed.templateError).toBeNull();
    expect(site.diagnostics().some((d) => d.ruleId === 'template')).toBe(false);
  });

  it('tells that the saved article page is written before the pages that list it are rendered', async () => {
    const path = '2026/12/canada-vote-budget.md';
    await writeFile(file(path), (await readFile(file(path), 'utf8')).replace(/^title: .*$/m, 'title: "A headline told early"'));
    const seen: { outputs: readonly string[]; page: string; home: string }[] = [];
    const result = await site.update(
      { articles: new Map([[path, 'upsert']]) },
      { onSavedPages: (outputs) => seen.push({ outputs, page: readFileSync(join(config.outDir, 'articles/canada-vote-budget/index.html'), 'utf8'), home: readFileSync(join(config.outDir, 'index.html'), 'utf8') }) },
    );
    expect(seen.map((s) => s.outputs)).toEqual([['articles/canada-vote-budget/index.html']]);
    expect(seen[0]?.page).toContain('A headline told early');
    expect(seen[0]?.home).not.toContain('A headline told early');
    expect(result.written).toContain('index.html');
    expect(await out('index.html')).toContain('A headline told early');
  });

  /** Every file of the output folder but the search index, as a fresh open of the same articles writes it. */
  async function sameAsFreshOpen(): Promise<void> {
    const fresh = { ...config, outDir: join(dir, 'fresh') };
    await IncrementalSite.open({ config: fresh, bodyEnd: CLIENT_TAG });
    const outputs = (await allOutputs(config.outDir)).filter((o) => !o.startsWith('pagefind/')).sort();
    expect(outputs).toEqual((await allOutputs(fresh.outDir)).filter((o) => !o.startsWith('pagefind/')).sort());
    for (const output of outputs) expect(await out(output), output).toBe(await readFile(join(fresh.outDir, output), 'utf8'));
  }

  /** The next update, with no newer change, runs to its end, shows the headline and leaves the site a fresh open would. */
  async function catchesUp(headline: string): Promise<void> {
    const result = await site.update({});
    expect(result.deferred).toBe(false);
    expect(await out('index.html')).toContain(headline);
    await sameAsFreshOpen();
  }

  const relatedOf = (id: string): string[] => site.plan?.pages.find((p) => p.output === `articles/${id}/index.html`)?.sources.slice(1) ?? [];

  it('writes a saved article’s page once, from the last related articles, when they stay the same', async () => {
    const path = '2026/12/canada-vote-budget.md';
    const before = relatedOf('canada-vote-budget');
    await writeFile(file(path), (await readFile(file(path), 'utf8')).replace(/^title: .*$/m, 'title: "A headline with the same neighbours"'));
    const seen: string[][] = [];
    const result = await site.update({ articles: new Map([[path, 'upsert']]) }, { onSavedPages: (outputs) => seen.push([...outputs]) });
    expect(relatedOf('canada-vote-budget')).toEqual(before);
    expect(seen).toEqual([['articles/canada-vote-budget/index.html']]);
    expect(result.written.filter((o) => o === 'articles/canada-vote-budget/index.html')).toHaveLength(1);
    await sameAsFreshOpen();
  });

  it('writes a saved article’s page again in the same update when its related articles changed', async () => {
    const path = '2026/12/canada-vote-budget.md';
    const before = relatedOf('canada-vote-budget');
    // Its one topic shared with another article goes, and a headline change shows which page is which.
    const edited = (await readFile(file(path), 'utf8')).replace(/^topics: .*$/m, 'topics: [politics]').replace(/^title: .*$/m, 'title: "Fewer neighbours now"');
    await writeFile(file(path), edited);
    const seen: string[] = [];
    const result = await site.update({ articles: new Map([[path, 'upsert']]) }, { onSavedPages: () => seen.push(readFileSync(join(config.outDir, 'articles/canada-vote-budget/index.html'), 'utf8')) });
    expect(relatedOf('canada-vote-budget')).not.toEqual(before);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toContain('Fewer neighbours now');
    expect(seen[1]).not.toBe(seen[0]);
    expect(result.written.filter((o) => o === 'articles/canada-vote-budget/index.html')).toHaveLength(2);
    await sameAsFreshOpen();
  });

  /** Gives the article at `path` a new headline and returns it. */
  async function retitle(path: string, headline: string): Promise<string> {
    await writeFile(file(path), (await readFile(file(path), 'utf8')).replace(/^title: .*$/m, `title: "${headline}"`));
    return headline;
  }

  it('stops after the saved page when a newer change waits, and renders both saves’ lists with the next update', async () => {
    const first = await retitle('2026/12/canada-vote-budget.md', 'A first save cut short');
    const stopped = await site.update({ articles: new Map([['2026/12/canada-vote-budget.md', 'upsert']]) }, { interrupted: () => true });
    expect(stopped.deferred).toBe(true);
    expect(stopped.written).toEqual(['articles/canada-vote-budget/index.html']);
    expect(stopped.searchStale).toBe(false);
    expect(await out('articles/canada-vote-budget/index.html')).toContain(first);
    expect(await out('index.html')).not.toContain(first);

    const second = await retitle('2026/11/rdc-cholera-kasai.md', 'A second save right after');
    const result = await site.update({ articles: new Map([['2026/11/rdc-cholera-kasai.md', 'upsert']]) });
    expect(result.deferred).toBe(false);
    expect(result.searchStale).toBe(true);
    expect(result.reread.sort()).toEqual(['2026/11/rdc-cholera-kasai.md', '2026/12/canada-vote-budget.md']);
    expect(await out('index.html')).toContain(first);
    expect(await out('index.html')).toContain(second);
    await sameAsFreshOpen();
  });

  it('renders a stopped update’s lists even when the next change leaves every byte as it was', async () => {
    const headline = await retitle('2026/12/canada-vote-budget.md', 'Cut short, then a touch');
    await site.update({ articles: new Map([['2026/12/canada-vote-budget.md', 'upsert']]) }, { interrupted: () => true });
    const path = '2026/10/bceao-taux-directeur.md';
    await writeFile(file(path), await readFile(file(path)));
    const result = await site.update({ articles: new Map([[path, 'upsert']]) });
    expect(result.unchanged).toEqual([path]);
    expect(result.written).toContain('index.html');
    expect(await out('index.html')).toContain(headline);
    await sameAsFreshOpen();
  });

  it('stops at once when it only carries on for a stopped update and a newer change waits', async () => {
    const headline = await retitle('2026/12/canada-vote-budget.md', 'Cut short twice');
    await site.update({ articles: new Map([['2026/12/canada-vote-budget.md', 'upsert']]) }, { interrupted: () => true });
    // An editor's second write of the same bytes, then a newer change already waiting.
    const again = await site.update({ articles: new Map([['2026/12/canada-vote-budget.md', 'upsert']]) }, { interrupted: () => true });
    expect(again.deferred).toBe(true);
    expect(again.written).toEqual([]);
    expect(await out('index.html')).not.toContain(headline);
    await catchesUp(headline);
  });

  it('stops before the lists, once the site is planned, when the newer change comes meanwhile', async () => {
    const path = '2026/12/canada-vote-budget.md';
    // Its related articles change too: the plan writes its page again before it stops.
    await writeFile(file(path), (await readFile(file(path), 'utf8')).replace(/^topics: .*$/m, 'topics: [politics]').replace(/^title: .*$/m, 'title: "Planned, then cut short"'));
    // The newer change comes once the plan has written the page again.
    let told = 0;
    const stopped = await site.update({ articles: new Map([[path, 'upsert']]) }, { onSavedPages: () => told++, interrupted: () => told > 1 });
    expect(stopped.deferred).toBe(true);
    expect(stopped.written).toEqual(['articles/canada-vote-budget/index.html', 'articles/canada-vote-budget/index.html']);
    expect(await out('index.html')).not.toContain('Planned, then cut short');
    const result = await site.update({});
    expect(result.deferred).toBe(false);
    expect(result.written).toContain('index.html');
    await sameAsFreshOpen();
  });

  it('stops while the site is planned when the newer change comes meanwhile, and renders nothing more', async () => {
    const path = '2026/12/canada-vote-budget.md';
    const headline = await retitle(path, 'Cut short while planned');
    const before = site.rendered;
    const planBefore = site.plan;
    // Asked after the saved page, then between two steps of the plan.
    let asked = 0;
    const stopped = await site.update({ articles: new Map([[path, 'upsert']]) }, { interrupted: () => ++asked > 2 });
    expect(asked).toBe(3);
    expect(stopped.deferred).toBe(true);
    expect(stopped.written).toEqual(['articles/canada-vote-budget/index.html']);
    expect(site.rendered - before).toBe(1);
    expect(site.plan).toBe(planBefore);
    expect(await out('index.html')).not.toContain(headline);
    await catchesUp(headline);
  });

  it('stops between two lists when the newer change comes while they are rendered, and writes none of them', async () => {
    const path = '2026/12/canada-vote-budget.md';
    const headline = await retitle(path, 'Cut short among the lists');
    // The newer change comes once three pages of the lists are rendered (the saved page is one
    // more): they are dropped unwritten.
    const before = site.rendered;
    const stopped = await site.update({ articles: new Map([[path, 'upsert']]) }, { interrupted: () => site.rendered - before > 3 });
    expect(site.rendered - before).toBe(4);
    expect(stopped.deferred).toBe(true);
    expect(stopped.written).toEqual(['articles/canada-vote-budget/index.html']);
    expect(await out('index.html')).not.toContain(headline);
    await catchesUp(headline);
  });

  it('renders the lists at last when newer changes keep coming past maxDeferMs', async () => {
    const quick = { ...config, outDir: join(dir, 'quick') };
    const { site: eager } = await IncrementalSite.open({ config: quick, bodyEnd: CLIENT_TAG, maxDeferMs: 0 });
    await retitle('2026/12/canada-vote-budget.md', 'Saved again and again');
    expect((await eager.update({ articles: new Map([['2026/12/canada-vote-budget.md', 'upsert']]) }, { interrupted: () => true })).deferred).toBe(true);
    await retitle('2026/12/canada-vote-budget.md', 'Saved once more');
    const result = await eager.update({ articles: new Map([['2026/12/canada-vote-budget.md', 'upsert']]) }, { interrupted: () => true });
    expect(result.deferred).toBe(false);
    expect(await readFile(join(quick.outDir, 'index.html'), 'utf8')).toContain('Saved once more');
  });

  it('ends as a fresh open of the same files after any saves, whichever of them stopped after their page', async () => {
    const originals = new Map(await Promise.all(SOURCES.map(async (path) => [path, await readFile(file(path), 'utf8')] as const)));
    const edits = [
      (text: string, n: number) => text.replace(/^title: .*$/m, `title: "Edited headline ${n}"`),
      (text: string, n: number) => text.replace(/^date: .*$/m, `date: 2027-0${(n % 9) + 1}-0${(n % 9) + 1}`),
      (text: string) => text.replace(/^topics: .*$/m, 'topics: [politics]'),
      (text: string, n: number) => `${text}\nA closing line added by save ${n}.\n`,
    ];
    // Each update is asked after its saved page, between the steps of the plan, and after each page of the lists.
    const step = fc.record({ path: fc.constantFrom(...SOURCES), edit: fc.nat(edits.length - 1), stops: fc.array(fc.boolean(), { maxLength: 24 }) });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
        for (const { path, edit, stops } of steps) {
          const edited = edits[edit]?.(await readFile(file(path), 'utf8'), ++n) ?? '';
          await writeFile(file(path), edited);
          let asked = 0;
          await site.update({ articles: new Map([[path, 'upsert']]) }, { interrupted: () => stops[asked++] ?? false });
        }
        // The next change, whatever it is, brings every list up to date.
        const last = await site.update({});
        expect(last.deferred).toBe(false);
        await rm(join(dir, 'fresh'), { recursive: true, force: true });
        await sameAsFreshOpen();
        for (const [path, text] of originals) await writeFile(file(path), text);
        await site.update({ articles: new Map(SOURCES.map((path) => [path, 'upsert'])) });
      }),
      { numRuns: 6, seed: 18 },
    );
  });

  it('keeps the last good lists when a template fails on them after the saved page was written, and says where', async () => {
    // The home page's template fails only on a headline no article had when the site opened.
    const home = join(config.templatesDir, 'pages', 'home.liquid');
    const good = await readFile(home, 'utf8');
    await writeFile(home, `{%- if articles.first.headline contains "Broken list" %}{% assign name = "missing-" | append: "partial" %}{% include name %}{% endif %}\n${good}`);
    await site.update({ templates: true });
    const homeBefore = await out('index.html');
    const path = '2026/12/canada-vote-budget.md';
    const original = await readFile(file(path), 'utf8');
    await writeFile(file(path), original.replace(/^title: .*$/m, 'title: "Broken list ahead"').replace(/^date: .*$/m, 'date: 2027-01-01'));
    const result = await site.update({ articles: new Map([[path, 'upsert']]) });
    expect(result.written).toEqual(['articles/canada-vote-budget/index.html']);
    expect(await out('articles/canada-vote-budget/index.html')).toContain('Broken list ahead');
    expect(result.templateError).toMatchObject({ ruleId: 'template', path: expect.stringContaining('home.liquid'), line: 1 });
    expect(result.templateError?.column).toBeGreaterThan(1);
    expect(await out('index.html')).toBe(homeBefore);
    expect(site.diagnostics().some((d) => d.ruleId === 'template')).toBe(true);

    // Fixed by the next save: the lists catch up and the error goes.
    await writeFile(file(path), original);
    const fixed = await site.update({ articles: new Map([[path, 'upsert']]) });
    expect(fixed.templateError).toBeNull();
    expect(await out('index.html')).not.toContain('Broken list ahead');
    expect(site.diagnostics().some((d) => d.ruleId === 'template')).toBe(false);
  });

  it('copies a changed stylesheet without rendering any page', async () => {
    await writeFile(join(config.templatesDir, 'assets', 'style.css'), 'body { color: rebeccapurple; }\n');
    const before = site.rendered;
    const result = await site.update({ assets: new Map([['style.css', 'upsert']]) });
    expect(result.assets).toEqual(['style.css']);
    expect(site.rendered).toBe(before);
    expect(await out('assets/style.css')).toContain('rebeccapurple');
  });
});
