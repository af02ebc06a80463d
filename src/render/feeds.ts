/**
 * Atom, RSS 2.0 and JSON Feed files with the `feed` package; the sitemap and robots.txt. Pure:
 * data in, file text out. Entries carry plain text only (headline, lede, names): the `feed`
 * package escapes text but not HTML content, so no HTML is ever handed to it.
 */
import { Feed } from 'feed';
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

export function serialize(name: SerializerName, data: Record<string, unknown>, site: SiteInfo): string {
  if (name === 'sitemap') return sitemap(data as { urls?: string[]; sitemaps?: string[] }, site);
  if (name === 'robots') return `User-agent: *\nAllow: /\n${site.hasHost ? `\nSitemap: ${site.absolute('/sitemap.xml')}\n` : ''}`;
  const feed = buildFeed(data.feed as FeedData, site);
  if (name === 'atom') return feed.atom1();
  if (name === 'rss') return feed.rss2();
  return `${feed.json1()}\n`;
}

function buildFeed(data: FeedData, site: SiteInfo): Feed {
  const title = data.title ? `${data.title} · ${site.title}` : site.title;
  const latest = data.items[0]?.date;
  const feed = new Feed({
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
  });
  for (const item of data.items) feed.addItem(entry(item, site));
  return feed;
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
