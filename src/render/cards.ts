/**
 * The HTML of each article card, kept by what the card is made from. A card shows one article
 * summary and the site's settings alone, so it looks the same on every list that shows the
 * article: the home page, its topics, countries, actors and tags, and the related stories of
 * other articles. A renderer makes each card once.
 *
 * Pages reach a render thread as copies (structured clone), so the same summary arrives as a new
 * object in every batch: identity alone would find a card only within one batch. The cards are
 * therefore also kept by a hash of the summary's JSON, which two copies of one summary share and
 * two different summaries do not (the card reads nothing else of the page). The hash, not the
 * JSON, is the key, and a card is kept as one flat string, not the rope of pieces Liquid joined:
 * a render thread keeps a card of every article of the site.
 */
import { createHash } from 'node:crypto';

/** Cards kept before the cache starts again: far more than a large site's articles, so a bound on memory only. */
const MAX_CARDS = 50_000;

/** What a card is kept by: a hash of the summary's JSON. */
export function cardKey(article: object): string {
  return createHash('sha1').update(JSON.stringify(article)).digest('base64');
}

export class CardCache {
  readonly #byObject = new WeakMap<object, string>();
  readonly #keys = new WeakMap<object, string>();
  #byHash = new Map<string, string>();

  /**
   * The keys (cardKey) of summaries this renderer is about to be given, made once per summary by
   * the thread that sent them (a summary arrives copied in hundreds of batches): a card then costs
   * no hashing here.
   */
  know(keys: ReadonlyMap<object, string>): void {
    for (const [article, key] of keys) this.#keys.set(article, key);
  }

  /** The card key of `article`: the one its sender gave (know), else its hash, kept for the next call. */
  keyOf(article: object): string {
    let key = this.#keys.get(article);
    if (key === undefined) this.#keys.set(article, (key = cardKey(article)));
    return key;
  }

  /** The card kept under `key` (cardKey), if this cache made it or was given it. */
  get(key: string): string | undefined {
    return this.#byHash.get(key);
  }

  /** Keeps cards another renderer of the same templates and settings made, by key (cardKey). */
  add(cards: Iterable<readonly [string, string]>): void {
    for (const [key, html] of cards) this.#keep(key, html);
  }

  /** The card of `article`, made by `make` the first time these contents are seen. */
  card(article: object, make: () => string): string {
    const same = this.#byObject.get(article);
    if (same !== undefined) return same;
    const key = this.#keys.get(article) ?? cardKey(article);
    let html = this.#byHash.get(key);
    if (html === undefined) {
      html = make();
      // Reading a character makes V8 flatten the string in place, dropping the pieces.
      html.charCodeAt(0);
      this.#keep(key, html);
    }
    this.#byObject.set(article, html);
    return html;
  }

  #keep(key: string, html: string): void {
    if (this.#byHash.size >= MAX_CARDS) this.#byHash = new Map();
    this.#byHash.set(key, html);
  }
}
