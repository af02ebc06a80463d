/**
 * Atom, RSS 2.0 and JSON Feed files with the `feed` package; the sitemap and robots.txt. Pure:
 * data in, file text out. Entries carry plain text only (headline, lede, names): the `feed`
 * package escapes text but not HTML content, so no HTML is ever handed to it.
 *
 * An article is an entry of many feeds (the site's, each of its topics', countries', actors' and
 * tags'), and building and writing its XML tree was most of a feed's time. The `feed` package
 * writes each entry of an Atom or RSS file on its own, after the feed's header and before its
 * closing tags, from the entry alone: an entry's XML is therefore written once (FeedEntries) and
 * a feed is its header, its entries' XML and its closing tags.
 */
import { Feed, type FeedOptions } from 'feed';
import type { FeedData, SerializerName } from '../index/plan.ts';
import type { ArticleSummary } from '../index/summary.ts';
import { escapeXml } from './escape.ts';

export interface SiteInfo {
  title: string;
  description: string;
  language: string;
  /** Turns a site path ("/topics/x/") into the URL readers use: absolute when the base URL has a host. */
  absolute: (path: string) => string;
  /** Whether the base URL has a host, so that `absolute` gives absolute URLs (feeds need them). */
  hasHost: boolean;
  /** Topic label in the site's language. */
  topicLabel: (id: string) => string;
}

/** The XML feed formats, each with the tags that close a file after its last entry. */
type XmlFormat = 'atom' | 'rss';
const XML_FORMATS: Record<XmlFormat, { close: string; write: (feed: Feed) => string }> = {
  atom: { close: '\n</feed>', write: (feed) => feed.atom1() },
  rss: { close: '\n    </channel>\n</rss>', write: (feed) => feed.rss2() },
};

/**
 * The XML of feed entries, by format and by summary: a renderer keeps one (its site's settings
 * are fixed). Summaries reach a render thread as copies, so they are also kept by `keyOf` (the
 * summary's card key, cards.ts), which two copies of one summary share.
 */
export class FeedEntries {
  readonly #keyOf: (summary: object) => string;
  readonly #byObject = { atom: new WeakMap<object, string>(), rss: new WeakMap<object, string>() };
  #byKey = { atom: new Map<string, string>(), rss: new Map<string, string>() };

  constructor(keyOf: (summary: object) => string) {
    this.#keyOf = keyOf;
  }

  /** The XML of `item`'s entry in a `format` file, made by `make` the first time its contents are seen. */
  entry(format: XmlFormat, item: ArticleSummary, make: () => string): string {
    const same = this.#byObject[format].get(item);
    if (same !== undefined) return same;
    const key = this.#keyOf(item);
    let xml = this.#byKey[format].get(key);
    if (xml === undefined) {
      // A bound on memory only: far more than a large site's articles.
      if (this.#byKey[format].size >= MAX_ENTRIES) this.#byKey = { atom: new Map(), rss: new Map() };
      this.#byKey[format].set(key, (xml = make()));
    }
    this.#byObject[format].set(item, xml);
    return xml;
  }
}

/** Entries kept per format before the store starts again. */
const MAX_ENTRIES = 50_000;

/** `entries`: where each entry's XML is kept (without it, every feed is written whole). */
export function serialize(name: SerializerName, data: Record<string, unknown>, site: SiteInfo, entries?: FeedEntries): string {
  if (name === 'sitemap') return sitemap(data as { urls?: string[]; sitemaps?: string[] }, site);
  if (name === 'robots') return `User-agent: *\nAllow: /\n${site.hasHost ? `\nSitemap: ${site.absolute('/sitemap.xml')}\n` : ''}`;
  const feedData = data.feed as FeedData;
  if (entries && (name === 'atom' || name === 'rss')) {
    const xml = splicedFeed(name, feedData, site, entries);
    if (xml !== null) return xml;
  }
  const feed = new Feed(feedOptions(feedData, site));
  for (const item of feedData.items) feed.addItem(entry(item, site));
  if (name === 'atom') return feed.atom1();
  if (name === 'rss') return feed.rss2();
  return `${feed.json1()}\n`;
}

/** The feed the `feed` package writes: its header (the feed written without entries), then each entry's XML, then its closing tags. */
function splicedFeed(format: XmlFormat, data: FeedData, site: SiteInfo, entries: FeedEntries): string | null {
  const { close, write } = XML_FORMATS[format];
  const empty = write(new Feed(feedOptions(data, site)));
  if (!empty.endsWith(close)) return null;
  let xml = empty.slice(0, empty.length - close.length);
  for (const item of data.items) xml += entries.entry(format, item, () => entryXml(format, item, site));
  return xml + close;
}

/** Options of a feed whose only use is to write entries: its header is cut off. */
const BARE_OPTIONS: FeedOptions = { title: '', id: '', copyright: '', updated: new Date(0), generator: 'newsdigest' };
/** The bare feed's header, by format. */
const bareHeads: Partial<Record<XmlFormat, string>> = {};

/** One entry's XML as the `feed` package writes it in a file of `format`: a bare feed of that entry alone, less its header and closing tags. */
function entryXml(format: XmlFormat, item: ArticleSummary, site: SiteInfo): string {
  const { close, write } = XML_FORMATS[format];
  let head = bareHeads[format];
  if (head === undefined) {
    const empty = write(new Feed(BARE_OPTIONS));
    bareHeads[format] = head = empty.slice(0, empty.length - close.length);
  }
  const feed = new Feed(BARE_OPTIONS);
  feed.addItem(entry(item, site));
  const one = write(feed);
  if (!one.startsWith(head) || !one.endsWith(close)) throw new Error(`The feed package wrote an ${format} entry out of place`);
  return one.slice(head.length, one.length - close.length);
}

function feedOptions(data: FeedData, site: SiteInfo): FeedOptions {
  const title = data.title ? `${data.title} · ${site.title}` : site.title;
  const latest = data.items[0]?.date;
  return {
    title,
    description: site.description,
    id: site.absolute(data.page),
    link: site.absolute(data.page),
    language: site.language,
    // A fixed date for an empty feed: the same articles must give the same file on every build.
    updated: latest ? new Date(latest) : new Date(0),
    generator: 'newsdigest',
    feedLinks: { atom: site.absolute(`${data.page}atom.xml`), rss: site.absolute(`${data.page}rss.xml`), json: site.absolute(`${data.page}feed.json`) },
    copyright: '',
  };
}

function entry(item: ArticleSummary, site: SiteInfo): Parameters<Feed['addItem']>[0] {
  const link = site.absolute(`/articles/${item.id}/`);
  const date = new Date(item.date ?? 0);
  return {
    title: item.headline,
    id: link,
    link,
    date,
    published: date,
    description: item.summary,
    ...(item.authors.length > 0 ? { author: item.authors.map((name) => ({ name })) } : item.publisher ? { author: [{ name: item.publisher }] } : {}),
    category: item.topics.map((t) => ({ name: site.topicLabel(t.id), term: t.id })),
  };
}

function sitemap(data: { urls?: string[]; sitemaps?: string[] }, site: SiteInfo): string {
  const loc = (path: string): string => `<loc>${escapeXml(site.absolute(path))}</loc>`;
  if (data.sitemaps) {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${data.sitemaps.map((s) => `<sitemap>${loc(s)}</sitemap>`).join('\n')}\n</sitemapindex>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${(data.urls ?? []).map((u) => `<url>${loc(u)}</url>`).join('\n')}\n</urlset>\n`;
}
