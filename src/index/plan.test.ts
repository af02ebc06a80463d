import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { france, kenya, politics, record, ruto, siteArticle, sport, un } from './fixtures/records.ts';
import { type PageSpec, PlanCache, pagesTouchedBy, paginationWindow, planSite, planSiteInSteps, type SiteArticle } from './plan.ts';
import type { ActorProfile } from './taxonomies.ts';

const outputs = (pages: PageSpec[]) => pages.map((p) => p.output).sort();
// Every list with a feed has three feed files beside its first page; most tests look at the pages.
const isFeed = (output: string) => /(?:atom\.xml|rss\.xml|feed\.json)$/.test(output);
const pagesOnly = (pages: PageSpec[]) => outputs(pages).filter((o) => !isFeed(o));

describe('paginationWindow', () => {
  it('shows the first, the last and two pages either side of the current one', () => {
    const urls = Array.from({ length: 10 }, (_, i) => (i === 0 ? '/' : `/page/${i + 1}/`));
    const shown = (current: number) =>
      paginationWindow(current, urls)
        .map((item) => ('gap' in item ? '…' : String(item.number)))
        .join(' ');
    expect(shown(1)).toBe('1 2 3 … 10');
    expect(shown(5)).toBe('1 … 3 4 5 6 7 … 10');
    expect(shown(10)).toBe('1 … 8 9 10');
    expect(paginationWindow(1, ['/'])).toEqual([{ number: 1, url: '/' }]);
  });
});

describe('planSite', () => {
  const a = siteArticle(record('a', { date: '2026-10-03', topics: [politics], countries: [kenya], actors: [ruto, un] }));
  const b = siteArticle(record('b', { date: '2026-10-02', topics: [politics, sport], countries: [france, kenya], actors: [un] }));
  const c = siteArticle(record('c', { date: null, topics: [sport], countries: [] }));
  const plan = planSite([c, b, a], { pageSize: 2, language: 'en' });

  it('orders articles latest first, undated last', () => {
    expect(plan.order).toEqual(['a', 'b', 'c']);
  });

  it('plans every page type with pretty URLs and pagination', () => {
    expect(pagesOnly(plan.pages)).toEqual([
      '404.html',
      'actors/index.html',
      'actors/un/index.html',
      'actors/william-ruto/index.html',
      'articles/a/index.html',
      'articles/b/index.html',
      'articles/c/index.html',
      'countries/fr/index.html',
      'countries/index.html',
      'countries/ke/index.html',
      'data/articles/a.json',
      'data/articles/b.json',
      'data/articles/c.json',
      'data/index.json',
      'index.html',
      'page/2/index.html',
      'robots.txt',
      'search/index.html',
      'sitemap.xml',
      'tags/index.html',
      'topics/index.html',
      'topics/politics/index.html',
      'topics/sport/index.html',
    ]);
    const home2 = plan.pages.find((p) => p.output === 'page/2/index.html');
    expect(home2?.data.pagination).toEqual({
      current: 2,
      total: 2,
      urls: ['/', '/page/2/'],
      previous: '/',
      next: null,
      window: [
        { number: 1, url: '/' },
        { number: 2, url: '/page/2/' },
      ],
    });
  });

  it('names countries in the site language and sorts terms by count', () => {
    const fr = planSite([a, b], { pageSize: 20, language: 'fr' });
    expect(fr.taxonomies.countries.map((t) => [t.slug, t.label, t.articles])).toEqual([
      ['ke', 'Kenya', ['a', 'b']],
      ['fr', 'France', ['b']],
    ]);
    expect(fr.taxonomies.topics[0]?.label).toBe('Politique');
  });

  it('gives actors their roles, countries and co-actors on their first page', () => {
    const rutoTerm = plan.taxonomies.actors.find((t) => t.slug === 'william-ruto');
    expect(rutoTerm).toMatchObject({ label: 'William Ruto', country: 'KE', articles: ['a'] });
    const rutoPage = plan.pages.find((p) => p.output === 'actors/william-ruto/index.html');
    expect(rutoPage?.data.term).toMatchObject({ roles: ['President'], coActors: [{ slug: 'un', label: 'UN', count: 1 }] });
    const unPage = plan.pages.find((p) => p.output === 'actors/un/index.html');
    expect((unPage?.data.term as ActorProfile).countries.map((x) => [x.code, x.count])).toEqual([
      ['KE', 2],
      ['FR', 1],
    ]);
  });

  it('reuses the pages of lists an edit does not touch, and plans the same site', () => {
    const cache = new PlanCache();
    const first = planSite([c, b, a], { pageSize: 2, language: 'en', cache });
    const edited = siteArticle(record('c', { ...c.record, headline: 'Changed' }), 'digest-c-2');
    const second = planSite([edited, b, a], { pageSize: 2, language: 'en', cache });
    const fresh = planSite([edited, b, a], { pageSize: 2, language: 'en' });
    expect(second.pages.map((p) => [p.output, p.fingerprint])).toEqual(fresh.pages.map((p) => [p.output, p.fingerprint]));
    const same = (output: string) => first.pages.find((p) => p.output === output) === second.pages.find((p) => p.output === output);
    expect(same('topics/politics/index.html')).toBe(true);
    expect(same('actors/un/index.html')).toBe(true);
    expect(same('articles/a/index.html')).toBe(true);
    expect(same('topics/sport/index.html')).toBe(false);
    expect(same('articles/c/index.html')).toBe(false);
    // Another page size re-plans every list.
    const wider = planSite([edited, b, a], { pageSize: 20, language: 'en', cache });
    expect(wider.pages.some((p) => p.output === 'page/2/index.html')).toBe(false);
  });

  it('makes the data index a plan cache keeps in blocks what a plan from scratch makes, after edits, moves and removals', () => {
    // Enough articles for several blocks of the kept index.
    const many = Array.from({ length: 700 }, (_, i) => siteArticle(record(`n${i}`, { date: `2026-0${1 + (i % 9)}-${String(10 + (i % 19)).padStart(2, '0')}`, topics: [politics] })));
    const indexOf = (site: SiteArticle[], cache?: PlanCache) => planSite(site, { pageSize: 20, language: 'en', feeds: false, ...(cache ? { cache } : {}) }).pages.find((p) => p.output === 'data/index.json')?.data.text;
    const cache = new PlanCache();
    // Watch mode writes the file from the kept blocks' bytes: they must spell the same text.
    const bytes = new PlanCache();
    const bytesOf = (site: SiteArticle[]) => {
      const data = planSite(site, { pageSize: 20, language: 'en', feeds: false, cache: bytes }).pages.find((p) => p.output === 'data/index.json')?.data;
      return data?.bytes instanceof Uint8Array ? Buffer.from(data.bytes).toString('utf8') : null;
    };
    let site = many;
    expect(indexOf(site, cache)).toBe(indexOf(site));
    expect(bytesOf(site)).toBe(indexOf(site));
    let edits = 0;
    const edit = (i: number, changes: Parameters<typeof record>[1]) => {
      edits++;
      site = site.map((article, j) => (j === i ? siteArticle(record(`n${i}`, { ...article.record, ...changes }), `digest-${i}-${edits}`) : article));
    };
    edit(400, { headline: 'A headline “edited” in place, déjà' });
    expect(indexOf(site, cache)).toBe(indexOf(site));
    expect(bytesOf(site)).toBe(indexOf(site));
    edit(3, { date: '2027-01-01' });
    expect(indexOf(site, cache)).toBe(indexOf(site));
    expect(bytesOf(site)).toBe(indexOf(site));
    site = site.filter((_, j) => j !== 123);
    expect(indexOf(site, cache)).toBe(indexOf(site));
    expect(bytesOf(site)).toBe(indexOf(site));
    expect(indexOf(site, cache)).toContain('A headline “edited” in place, déjà');
    expect(bytesOf([])).toBe(indexOf([]));
  });

  it('writes Atom, RSS and JSON feeds of the site and of every topic, country and actor, dated articles only', () => {
    const feeds = outputs(plan.pages).filter(isFeed);
    for (const base of ['', 'topics/politics/', 'topics/sport/', 'countries/ke/', 'countries/fr/', 'actors/un/', 'actors/william-ruto/']) {
      for (const file of ['atom.xml', 'rss.xml', 'feed.json']) expect(feeds, base + file).toContain(base + file);
    }
    expect(feeds).toHaveLength(21);
    const site = plan.pages.find((p) => p.output === 'atom.xml');
    expect((site?.data.feed as { items: { id: string }[] }).items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(site?.sources).toEqual(['a', 'b']);
  });

  it('leaves feeds and the sitemap out when asked (a base URL without a host)', () => {
    const bare = planSite([a, b], { pageSize: 20, language: 'en', feeds: false });
    expect(outputs(bare.pages).filter((o) => isFeed(o) || o.startsWith('sitemap'))).toEqual([]);
    expect(outputs(bare.pages)).toContain('robots.txt');
  });

  it('lists every HTML page but the 404 page in the sitemap', () => {
    const sitemap = plan.pages.find((p) => p.output === 'sitemap.xml');
    const html = plan.pages.filter((p) => p.kind === 'html' && p.output !== '404.html').map((p) => p.url);
    expect([...(sitemap?.data.urls as string[])].sort()).toEqual(html.sort());
  });

  it('relates articles that share actors, countries and topics', () => {
    const page = plan.pages.find((p) => p.output === 'articles/a/index.html');
    expect((page?.data.related as { id: string }[]).map((r) => r.id)).toEqual(['b']);
    expect(page?.sources).toEqual(['a', 'b']);
  });

  it('knows which pages an article touches (the dependency graph)', () => {
    expect(pagesOnly(pagesTouchedBy(plan, 'b'))).toEqual([
      'actors/index.html',
      'actors/un/index.html',
      'articles/a/index.html',
      'articles/b/index.html',
      'articles/c/index.html',
      'countries/fr/index.html',
      'countries/index.html',
      'countries/ke/index.html',
      'data/articles/b.json',
      'data/index.json',
      'index.html',
      'topics/index.html',
      'topics/politics/index.html',
      'topics/sport/index.html',
    ]);
    // c is related to b (both sport) and undated: in no feed.
    expect(outputs(pagesTouchedBy(plan, 'c'))).toEqual(['articles/b/index.html', 'articles/c/index.html', 'data/articles/c.json', 'data/index.json', 'page/2/index.html', 'topics/index.html', 'topics/sport/index.html']);
  });

  it('changes the fingerprints of exactly the pages an edit touches', () => {
    const edited = { ...b, digest: 'digest-b-2' };
    const next = planSite([c, edited, a], { pageSize: 2, language: 'en' });
    const before = new Map(plan.pages.map((p) => [p.output, p.fingerprint]));
    const changed = next.pages
      .filter((p) => before.get(p.output) !== p.fingerprint)
      .map((p) => p.output)
      .sort();
    // Term index pages list labels and counts only: an edit that keeps them leaves them alone.
    // The pages of a and c show b among their related articles.
    expect(changed.filter((o) => !isFeed(o))).toEqual([
      'actors/un/index.html',
      'articles/a/index.html',
      'articles/b/index.html',
      'articles/c/index.html',
      'countries/fr/index.html',
      'countries/ke/index.html',
      'data/articles/b.json',
      'data/index.json',
      'index.html',
      'topics/politics/index.html',
      'topics/sport/index.html',
    ]);
  });

  it('paginates a term index when there are many terms', () => {
    const codes = ['KE', 'FR', 'DE', 'BR', 'JP', 'IN', 'CL', 'SN', 'CA', 'AU', 'NZ', 'MX', 'NG', 'GH', 'EG', 'MA', 'TN', 'ES', 'IT', 'PT', 'PL', 'SE', 'NO', 'FI', 'DK'];
    const many = codes.map((code, i) => siteArticle(record(`n${i}`, { countries: [{ ...kenya, code }] })));
    const paged = planSite(many, { pageSize: 2, language: 'en' });
    const index = paged.pages.filter((p) => p.template === 'terms' && p.output.startsWith('countries/'));
    expect(index.map((p) => p.output)).toEqual(['countries/index.html', 'countries/page/2/index.html']);
    expect((index[0]?.data.terms as unknown[]).length).toBe(20);
    expect((index[1]?.data.terms as unknown[]).length).toBe(5);
    expect(index[1]?.data.pagination).toMatchObject({ current: 2, total: 2, previous: '/countries/' });
    // The world map on page 1 shows every country, not only those listed on the page.
    expect((index[0]?.data.map as unknown[]).length).toBe(25);
    expect(index[1]?.data.map).toBeUndefined();
  });

  it('lists actors A–Z, people first, grouped by initial, and paginates them', () => {
    const names = ['Zoé Martin', 'Ana Lima', 'élodie Roux', 'Bram Visser'];
    const people = names.map((name, i) => siteArticle(record(`p${i}`, { actors: [{ ...ruto, id: `person-${i}`, name }] })));
    const orgs = Array.from({ length: 21 }, (_, i) => siteArticle(record(`o${i}`, { actors: [{ ...un, id: `org-${i}`, name: `Org ${String(i).padStart(2, '0')}` }] })));
    const paged = planSite([...people, ...orgs], { pageSize: 2, language: 'fr' });
    const index = paged.pages.filter((p) => p.template === 'actors');
    expect(index.map((p) => p.output)).toEqual(['actors/index.html', 'actors/page/2/index.html']);
    type Groups = { type: string; letters: { letter: string; terms: { label: string }[] }[] }[];
    const first = index[0]?.data.groups as Groups;
    expect(first.map((g) => g.type)).toEqual(['person', 'organization']);
    expect(first[0]?.letters.map((l) => [l.letter, l.terms.map((t) => t.label)])).toEqual([
      ['A', ['Ana Lima']],
      ['B', ['Bram Visser']],
      ['E', ['élodie Roux']],
      ['Z', ['Zoé Martin']],
    ]);
    expect((index[1]?.data.groups as Groups).map((g) => g.type)).toEqual(['organization']);
    expect(index[1]?.data.pagination).toMatchObject({ current: 2, total: 2, previous: '/actors/' });
  });

  it('plans a home page even for an empty site', () => {
    const empty = planSite([], { pageSize: 20, language: 'en' });
    expect(outputs(empty.pages)).toEqual([
      '404.html',
      'actors/index.html',
      'atom.xml',
      'countries/index.html',
      'data/index.json',
      'feed.json',
      'index.html',
      'robots.txt',
      'rss.xml',
      'search/index.html',
      'sitemap.xml',
      'tags/index.html',
      'topics/index.html',
    ]);
  });
});

describe('planSiteInSteps', () => {
  const draft = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    date: fc.constantFrom('2026-10-01', '2026-10-02', '2026-10-03', null),
    headline: fc.constantFrom('Talks resume', 'Talks stall'),
    topics: fc.subarray([politics, sport]),
    countries: fc.subarray([france, kenya]),
    actors: fc.subarray([ruto, un]),
  });
  type Draft = typeof draft extends fc.Arbitrary<infer T> ? T : never;
  /** Articles of drafts; an article left as it was is the same object from one plan to the next, as in watch mode. */
  const sites = () => {
    const made = new Map<string, SiteArticle>();
    return (drafts: Draft[]): SiteArticle[] => {
      const byId = new Map<string, SiteArticle>();
      for (const d of drafts) {
        const key = JSON.stringify(d);
        if (!made.has(key)) made.set(key, siteArticle(record(d.id, d), `digest-${key}`));
        byId.set(d.id, made.get(key) as SiteArticle);
      }
      return [...byId.values()];
    };
  };
  const options = { pageSize: 1, language: 'en' };
  /** Every page as a build sees it: where it goes, its fingerprint and the data it renders. */
  const seen = (pages: PageSpec[]) => pages.map((p) => [p.output, p.fingerprint, JSON.stringify(p.data)]);

  it('run to its end, plans what planSite plans', () => {
    const site = [siteArticle(record('a', { topics: [politics], actors: [un] })), siteArticle(record('b', { date: '2026-10-02', topics: [politics], actors: [un] }))];
    const steps = planSiteInSteps(site, options);
    let step = steps.next();
    let count = 0;
    for (; !step.done; step = steps.next()) count++;
    expect(count).toBeGreaterThan(1);
    expect(seen(step.value.pages)).toEqual(seen(planSite(site, options).pages));
  });

  it('leaves a plan cache as good as before when plans are dropped at any step', () => {
    const plans = fc.array(fc.tuple(fc.array(draft, { maxLength: 5 }), fc.nat(30)), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(plans, fc.array(draft, { maxLength: 5 }), (dropped, last) => {
        const siteOf = sites();
        const cache = new PlanCache();
        for (const [drafts, stepsTaken] of dropped) {
          const steps = planSiteInSteps(siteOf(drafts), { ...options, cache });
          for (let k = 0; k < stepsTaken && !steps.next().done; k++);
        }
        expect(seen(planSite(siteOf(last), { ...options, cache }).pages)).toEqual(seen(planSite(siteOf(last), options).pages));
      }),
      { numRuns: 150, seed: 19 },
    );
  });
});
