import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Context, type Emitter, Liquid, LookupType, Tag, type TagToken, type Template, type TopLevelToken, toValueSync, Value } from 'liquidjs';
import { countryName } from '../data/country-names.ts';
import { findTopic, topicLabel } from '../data/topics.ts';
import { diagnostic } from '../diagnostics/diagnostic.ts';
import type { FullArticle, PageSpec, SerializerName, TemplateName } from '../index/plan.ts';
import { tagSlug } from '../index/taxonomies.ts';
import { recordJson } from '../record/json.ts';
import type { ArticleRecord, Figure, FigureQualifier } from '../record/types.ts';
import { CardCache } from './cards.ts';
import { DirectTemplates, directValue, renderDirectly } from './direct.ts';
import { factBox } from './factbox.ts';
import { FeedEntries, type SiteInfo, serialize } from './feeds.ts';
import { createFormatter } from './format.ts';
import { newsArticleJsonLd } from './jsonld.ts';
import { type CoveredCountry, locatorMapSvg, worldMapSvg } from './maps.ts';
import { MemoRenderTag } from './partials.ts';
import { TemplateError } from './template-error.ts';
import { themeDirs } from './theme.ts';
import { hasHostName, pathOf } from './urls.ts';

export { TemplateError } from './template-error.ts';
export { hasHostName, pathOf } from './urls.ts';

export interface RendererOptions {
  /**
   * The site's folder of layouts/, partials/, pages/, i18n/ and assets/. It need not exist: any
   * file it lacks comes from the built-in theme (theme.ts).
   */
  templatesDir: string;
  /** Site path prefix or URL, ending in "/". */
  baseUrl: string;
  /** UI language. */
  language: string;
  /** Site-wide values templates see as `site`. */
  site: { title: string; description: string };
  /** Extra HTML injected before </body> (the dev server's live-reload client). Default: none. */
  bodyEnd?: string;
  /** Items below this extraction confidence stay out of fact boxes, cards and actor pages. Default: 0.5. */
  minConfidence?: number;
}

const SERIALIZERS = new Set<string>(['atom', 'rss', 'jsonfeed', 'sitemap', 'robots'] satisfies SerializerName[]);
const QUALIFIERS: FigureQualifier[] = ['approximate', 'more-than', 'less-than', 'up-to', 'at-least'];

export interface Renderer {
  /** A page's file text; `full` is the article a page with `article` shows (its page, its record file). */
  render(page: RenderablePage, full?: FullArticle): string;
  /** The card keys (cards.ts's cardKey) of summaries pages about to be rendered hold, when their sender knows them. */
  knowCards(keys: ReadonlyMap<object, string>): void;
  /** The HTML of the card kept under a card key, if this renderer made or was given it. */
  keptCard(key: string): string | undefined;
  /** Cards made by another renderer of the same options (another thread's), by card key: this one need not make them again. */
  keepCards(cards: Iterable<readonly [string, string]>): void;
}

/** What rendering reads of a page spec: its plan-time parts (dependencies, fingerprint) are not needed. */
export type RenderablePage = Pick<PageSpec, 'url' | 'kind' | 'template' | 'data' | 'article'>;

/**
 * Liquid with auto-escaping on: every `{{ }}` output is HTML-escaped unless a template says
 * `| raw`, which ours do only for the body HTML that remark-html already sanitised.
 */
export function createRenderer(options: RendererOptions): Renderer {
  const { templatesDir, language } = options;
  const basePath = pathOf(options.baseUrl);
  const themes = themeDirs(templatesDir);
  const strings = loadStrings(themes, language);
  // LiquidJS looks a template up in each folder in turn: the site's own, then the theme's.
  const engine = new Liquid({
    root: themes.map((dir) => join(dir, 'pages')),
    layouts: themes.map((dir) => join(dir, 'layouts')),
    partials: themes.map((dir) => join(dir, 'partials')),
    extname: '.liquid',
    outputEscape: 'escape',
    strictFilters: true,
    // Parsed files are kept (and made direct: direct.ts) for the renderer's life.
    cache: new DirectTemplates(),
  });
  renderDirectly(engine);

  const url = (path: unknown): string => basePath + String(path ?? '').replace(/^\//, '');
  // A full base URL ("https://example.com/news/") gives absolute URLs for canonical links,
  // feeds and the sitemap; a path alone ("/news/") gives root-relative ones.
  const hasHost = hasHostName(options.baseUrl);
  const absolute = (path: unknown): string => (hasHost ? new URL(String(path ?? '').replace(/^\//, ''), options.baseUrl).href : url(path));
  const minConfidence = options.minConfidence ?? 0.5;
  const t = (key: unknown): string => strings[String(key)] ?? String(key);
  const topicName = (id: unknown): string => {
    const topic = findTopic(String(id ?? ''));
    return topic ? topicLabel(topic, language) : String(id ?? '');
  };
  const countryLabel = (code: unknown): string => countryName(String(code ?? ''), language);
  const formatter = createFormatter({ language, qualifiers: Object.fromEntries(QUALIFIERS.map((q) => [q, strings[q] ?? q])) });
  const siteInfo: SiteInfo = { title: options.site.title, description: options.site.description, language, absolute, hasHost, topicLabel: topicName };

  engine.registerFilter('url', url);
  engine.registerFilter('abs_url', absolute);
  engine.registerFilter('article_url', (id: unknown) => url(`/articles/${String(id)}/`));
  engine.registerFilter('topic_url', (id: unknown) => url(`/topics/${String(id)}/`));
  engine.registerFilter('country_url', (code: unknown) => url(`/countries/${String(code).toLowerCase()}/`));
  engine.registerFilter('actor_url', (id: unknown) => url(`/actors/${String(id)}/`));
  engine.registerFilter('tag_url', (tag: unknown) => url(`/tags/${tagSlug(String(tag ?? ''))}/`));
  engine.registerFilter('tag_slug', (tag: unknown) => tagSlug(String(tag ?? '')));
  engine.registerFilter('country_name', countryLabel);
  engine.registerFilter('topic_label', topicName);
  engine.registerFilter('t', t);
  engine.registerFilter('date_long', (value: unknown) => (typeof value === 'string' ? formatter.dateLong(value) : ''));
  engine.registerFilter('date_full', (value: unknown) => (typeof value === 'string' ? formatter.dateFull(value) : ''));
  engine.registerFilter('number', (value: unknown) => (typeof value === 'number' ? formatter.number(value) : String(value ?? '')));
  engine.registerFilter('figure', (figure: unknown) => formatter.figure(figure as Figure));
  // French spacing for text in French (the text's language, or the site's for UI strings).
  engine.registerFilter('typo', (text: unknown, textLanguage?: unknown) => formatter.typography(String(text ?? ''), String(textLanguage ?? language)));
  engine.registerFilter('typo_html', (html: unknown, textLanguage?: unknown) => formatter.typographyHtml(String(html ?? ''), String(textLanguage ?? language)));
  engine.registerFilter('factbox', (record: unknown, html: unknown) => factBox(record as ArticleRecord, String(html ?? ''), { minConfidence }));
  engine.registerFilter('confident', (items: unknown) => (Array.isArray(items) ? items.filter((i: { confidence?: number }) => (i?.confidence ?? 1) >= minConfidence) : []));
  engine.registerFilter('shows_figure', (figure: unknown) => Boolean(figure && (figure as Figure).confidence >= minConfidence));
  engine.registerFilter('json_ld', (record: unknown, pageUrl: unknown, originalUrl: unknown) =>
    newsArticleJsonLd(record as ArticleRecord, {
      url: absolute(pageUrl),
      originalUrl: typeof originalUrl === 'string' ? originalUrl : null,
      siteTitle: options.site.title,
      topicLabel: topicName,
      countryName: countryLabel,
    }),
  );
  engine.registerFilter('world_map', (covered: unknown) =>
    worldMapSvg(
      (covered as { slug: string; label: string; count: number }[]).map((c): CoveredCountry => ({ code: c.slug, label: c.label, count: c.count })),
      {
        href: (code) => url(`/countries/${code.toLowerCase()}/`),
        title: t('world_map'),
        describe: (c) => `${c.label} (${c.count})`,
      },
    ),
  );
  engine.registerFilter('locator_map', (code: unknown) => locatorMapSvg(String(code ?? ''), `${t('locator_map')} ${countryLabel(code)}`) ?? '');

  const siteData = { ...options.site, language, baseUrl: options.baseUrl, basePath, minConfidence, feeds: hasHost, locale: OG_LOCALES[language] ?? 'en_GB' };

  // `{% card article %}` renders partials/article-card.liquid for one article summary and keeps
  // the HTML: a card looks the same on every list that shows the article (cards.ts).
  const cards = new CardCache();
  // A feed entry, like a card, is the same in every feed that lists the article.
  const feedEntries = new FeedEntries((summary) => cards.keyOf(summary));
  let cardTemplate: Template[] | undefined;
  const card = (article: unknown): string => {
    if (!article || typeof article !== 'object') return '';
    return cards.card(article, () => {
      try {
        cardTemplate ??= engine.parseFileSync('article-card', LookupType.Partials);
        return engine.renderSync(cardTemplate, { site: siteData, article }) as string;
      } catch (error) {
        throw toTemplateError(error, templatesDir, join('partials', 'article-card.liquid'));
      }
    });
  };
  engine.registerTag(
    'card',
    class CardTag extends Tag {
      readonly #value: Value;
      constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
        super(token, remain, liquid);
        this.#value = new Value(token.args, liquid);
        directValue(this.#value);
      }
      // A plain call where the render is synchronous (every render of ours): no generator per card.
      render(context: Context, emitter: Emitter): unknown {
        if (!context.sync) return this.#renderAsync(context, emitter);
        emitter.write(card(toValueSync(this.#value.value(context, false))));
        return undefined;
      }
      *#renderAsync(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
        emitter.write(card(yield this.#value.value(context, false)));
      }
      // What the card reads, for the static analysis that tells which values a partial's HTML depends on (partials.ts).
      *arguments(): Generator<Value, void, unknown> {
        yield this.#value;
      }
    },
  );
  // A partial reading the same values as an earlier call writes the HTML that call wrote (the header, the footer).
  engine.registerTag('render', MemoRenderTag);

  const parsed = new Map<string, Template[]>();
  const template = (name: string): Template[] => {
    let tpl = parsed.get(name);
    if (!tpl) {
      try {
        tpl = engine.parseFileSync(name);
      } catch (error) {
        throw toTemplateError(error, templatesDir, join('pages', `${name}.liquid`));
      }
      parsed.set(name, tpl);
    }
    return tpl;
  };

  return {
    knowCards: (keys) => cards.know(keys),
    keptCard: (key) => cards.get(key),
    keepCards: (made) => cards.add(made),
    render(page: RenderablePage, full?: FullArticle): string {
      if (page.article !== undefined && full?.record.id !== page.article) throw new Error(`Rendering ${page.url} needs the whole article "${page.article}"`);
      // Page data is computed on access: read it once.
      const data = full ? { ...page.data, record: full.record, html: full.html } : page.data;
      if (page.template && SERIALIZERS.has(page.template)) return serialize(page.template as SerializerName, data, siteInfo, feedEntries);
      if (page.kind !== 'html') {
        // A data file is an article's record (serialised once, when it was extracted), its text ready-made, or a value to serialise.
        if (full) return full.recordJson ?? recordJson(full.record);
        return typeof data.text === 'string' ? data.text : `${JSON.stringify(data.json, null, 2)}\n`;
      }
      const name = (page.template ?? '404') as TemplateName;
      const tpl = template(name);
      // An article page is in the article's language; its interface parts say they are not.
      const lang = name === 'article' ? (data.record as ArticleRecord).language : language;
      let html: string;
      try {
        html = engine.renderSync(tpl, { site: siteData, page: { url: page.url, template: name, lang, canonical: absolute(page.url) }, ...data });
      } catch (error) {
        throw toTemplateError(error, templatesDir, join('pages', `${name}.liquid`));
      }
      return options.bodyEnd ? html.replace(/<\/body>/i, `${options.bodyEnd}</body>`) : html;
    },
  };
}

/** UI strings: English, then the site's language; within each, the site's own keys over the theme's. */
/** Open Graph locale of each UI language. */
const OG_LOCALES: Record<string, string> = { en: 'en_GB', fr: 'fr_FR', es: 'es_ES' };

function loadStrings(themes: readonly string[], language: string): Record<string, string> {
  const read = (lang: string): Record<string, string> => {
    const layers = [...themes]
      .reverse()
      .map((dir) => join(dir, 'i18n', `${lang}.json`))
      .filter((file) => existsSync(file));
    return Object.assign({}, ...layers.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  };
  return { ...read('en'), ...read(language) };
}

interface LiquidLikeError {
  token?: { file?: string; getPosition?: () => number[] };
  message: string;
}

function toTemplateError(error: unknown, templatesDir: string, fallbackFile: string): TemplateError {
  const liquid = error as LiquidLikeError;
  const file = liquid.token?.file ? relative(process.cwd(), liquid.token.file) : relative(process.cwd(), join(templatesDir, fallbackFile));
  const [line, column] = liquid.token?.getPosition?.() ?? [1, 1];
  const message = (error instanceof Error ? error.message : String(error)).replace(/, line:\d+, col:\d+[\s\S]*$/, '').split('\n')[0] ?? 'template error';
  return new TemplateError(diagnostic(file, line ?? 1, column ?? 1, 'error', 'template', `Template failed: ${message}`), { cause: error });
}
