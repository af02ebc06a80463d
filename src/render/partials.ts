/**
 * `{% render %}` that keeps a partial's HTML by the values it reads. A rendered partial sees only
 * the arguments it is given (LiquidJS renders it in a scope of its own), and our filters and tags
 * are pure (LiquidJS's `date` of "now" aside, which a build would not want to differ from page to
 * page anyway), so its HTML is a function of the values of the variables it reads: the header and the
 * footer read a handful (the page's language and template, the site's title), and come out the same
 * on thousands of pages. Which variables a partial reads is found by LiquidJS's static analysis,
 * once per partial; their values are the key. A partial whose reads the analysis cannot name (a
 * lookup by a computed key), a call with `with` or `for`, or values that are not plain data are
 * rendered as before; so is a partial whose HTML differs on nearly every call (a page's
 * pagination, an article's fact box), once its first calls showed it.
 */
import { type Context, type Emitter, Hash, type Liquid, LookupType, RenderTag, type TagToken, type Template, Tokenizer, type TopLevelToken, toValueSync } from 'liquidjs';
import { hashEvaluator, plainRender, renderPlainly } from './direct.ts';

type Parser = ConstructorParameters<typeof RenderTag>[3];

/** Calls of a partial after which, with no HTML used twice, its HTML is no longer kept. */
const TRIAL_CALLS = 32;
/** HTML kept per partial before its store starts again: a bound on memory only. */
const MAX_KEPT = 1000;

/**
 * What a plain render returns in place of RenderTag's generator: nothing, its HTML written. The
 * runners (LiquidJS's and direct.ts's) take a returned value that is not a generator as it is.
 */
const RENDERED = undefined as unknown as Generator<unknown, void, unknown>;

/** Why a value is no key: Liquid may read more of it than its JSON shows. */
class NotPlainData extends Error {}

/** A path the partial reads (["page", "lang"]), or null when one of its parts is computed. */
type Path = readonly (string | number)[];

/** What an engine keeps of one partial: the paths it reads (null: it cannot be kept), its HTML by key. */
interface Kept {
  paths: Path[] | null;
  html: Map<string, string>;
  calls: number;
  reused: number;
}

/** Every call of a partial shares what is kept of it, whichever template the call is in. */
const keptByEngine = new WeakMap<Liquid, Map<string, Kept>>();

export class MemoRenderTag extends RenderTag {
  /** The partial's name, when it is a plain name and the call passes only `key: value` arguments. */
  readonly #name: string | null;
  /** The call's `key: value` arguments, read again here: the tag's own are private to LiquidJS. */
  readonly #hash: Hash;
  readonly #liquid: Liquid;
  /** The arguments' values by plain calls (direct.ts), when the call has a plain name and its arguments allow. */
  readonly #evaluateArgs: ((ctx: Context) => Record<string, unknown>) | null = null;

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid, parser);
    this.#liquid = liquid;
    const scope = this.partialScope();
    const names = scope ? [...scope.scope] : [];
    // A `with` or `for` binding shows in the scope as a [name, value] pair; a relative name
    // depends on the file the tag is in.
    const plain = scope?.isolated && names.every((name) => typeof name === 'string') && !scope.name.startsWith('.');
    this.#hash = new Hash('');
    this.#name = null;
    if (!plain) return;
    try {
      const tokenizer = new Tokenizer(token.args, liquid.options.operators);
      tokenizer.readValue();
      this.#hash = new Hash(tokenizer, liquid.options.keyValueSeparator);
    } catch {
      // Arguments LiquidJS read but this reading cannot: the partial is rendered as the tag makes it.
      return;
    }
    // The arguments read here are the tag's, or the partial is not kept.
    if (!sameNames(Object.keys(this.#hash.hash), names as string[])) return;
    this.#name = scope.name;
    this.#evaluateArgs = hashEvaluator(this.#hash);
  }

  /**
   * RenderTag.render's steps by plain calls where the render and the arguments allow (the
   * partial's templates rendered by direct.ts's renderPlainly), LiquidJS's generator otherwise.
   */
  override render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const evaluateArgs = this.#evaluateArgs;
    const name = this.#name;
    if (evaluateArgs === null || name === null || !plainRender(context, emitter)) return this.#renderGenerically(context, emitter);
    const kept = this.#keptOf(name);
    const buffer = emitter as Emitter & { buffer?: unknown };
    if (!kept.paths || typeof buffer.buffer !== 'string' || (kept.calls >= TRIAL_CALLS && kept.reused === 0)) {
      this.#renderPartial(name, context, emitter, evaluateArgs(context));
      return RENDERED;
    }
    kept.calls++;
    const args = evaluateArgs(context);
    let key: string;
    try {
      key = keyOf(kept.paths, args, context.globals as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof NotPlainData)) throw error;
      this.#renderPartial(name, context, emitter, args);
      return RENDERED;
    }
    const same = kept.html.get(key);
    if (same !== undefined) {
      kept.reused++;
      emitter.write(same);
      return RENDERED;
    }
    const start = buffer.buffer.length;
    this.#renderPartial(name, context, emitter, args);
    if (kept.html.size >= MAX_KEPT) kept.html.clear();
    kept.html.set(key, (buffer.buffer as string).slice(start));
    return RENDERED;
  }

  /**
   * RenderTag.render for a partial of a plain name given `key: value` arguments only: a context of
   * its own holding the arguments (their values, the same on a second reading), then its templates.
   */
  #renderPartial(name: string, context: Context, emitter: Emitter, args: Record<string, unknown>): void {
    const child = context.spawn();
    Object.assign(child.bottom(), args);
    const currentFile = (this as unknown as { currentFile?: string }).currentFile;
    const templates = toValueSync(this.#liquid._parsePartialFile(name, child.sync, currentFile)) as Template[];
    renderPlainly(templates, child, emitter);
  }

  *#renderGenerically(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const kept = this.#name === null ? null : this.#keptOf(this.#name);
    // A partial is kept only when the HTML it writes can be read back from the page's buffer.
    const buffer = emitter as Emitter & { buffer?: unknown };
    if (!kept?.paths || typeof buffer.buffer !== 'string' || (kept.calls >= TRIAL_CALLS && kept.reused === 0)) {
      yield super.render(context, emitter);
      return;
    }
    kept.calls++;
    const args = (yield this.#hash.render(context)) as Record<string, unknown>;
    let key: string;
    try {
      key = keyOf(kept.paths, args, context.globals as Record<string, unknown>);
    } catch (error) {
      if (!(error instanceof NotPlainData)) throw error;
      yield super.render(context, emitter);
      return;
    }
    const same = kept.html.get(key);
    if (same !== undefined) {
      kept.reused++;
      emitter.write(same);
      return;
    }
    const start = buffer.buffer.length;
    yield super.render(context, emitter);
    if (kept.html.size >= MAX_KEPT) kept.html.clear();
    kept.html.set(key, (buffer.buffer as string).slice(start));
  }

  /** What is kept of the partial, its paths found at its first call. */
  #keptOf(name: string): Kept {
    let byName = keptByEngine.get(this.#liquid);
    if (!byName) keptByEngine.set(this.#liquid, (byName = new Map()));
    let kept = byName.get(name);
    if (!kept) byName.set(name, (kept = { paths: this.#pathsOf(name), html: new Map(), calls: 0, reused: 0 }));
    return kept;
  }

  #pathsOf(name: string): Path[] | null {
    try {
      const templates: Template[] = this.#liquid.parseFileSync(name, LookupType.Partials);
      const segments = this.#liquid.globalVariableSegmentsSync(templates);
      return segments.every((path) => path.every((part) => typeof part === 'string' || typeof part === 'number')) ? (segments as Path[]) : null;
    } catch {
      // A partial that cannot be read or analysed fails, or renders, as the tag itself makes it.
      return null;
    }
  }
}

/**
 * The values `paths` reach in the partial's scope (its arguments, then the engine's globals), as
 * one string. A path is followed through plain objects only: at an array, a string or a property
 * Liquid computes (`size`, `first`, `last`) the whole value there is taken instead.
 */
export function keyOf(paths: readonly Path[], args: Record<string, unknown>, globals: Record<string, unknown>): string {
  const values = paths.map((path) => {
    const root = String(path[0]);
    let value: unknown = Object.hasOwn(args, root) ? args[root] : globals[root];
    for (let i = 1; i < path.length; i++) {
      const part = path[i];
      if (!isPlainObject(value) || part === 'size' || part === 'first' || part === 'last') break;
      value = value[String(part)];
    }
    return value;
  });
  return JSON.stringify(values, plainOnly);
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** JSON that tells apart every value Liquid prints differently, or NotPlainData. */
function plainOnly(this: unknown, key: string, value: unknown): unknown {
  const original: unknown = (this as Record<string, unknown>)[key];
  switch (typeof original) {
    case 'undefined':
      return '\u0000undefined';
    case 'number':
      return Number.isFinite(original) && !Object.is(original, -0) ? original : `\u0000${Object.is(original, -0) ? '-0' : String(original)}`;
    case 'string':
    case 'boolean':
      return value;
    case 'object':
      if (original === null || Array.isArray(original) || isPlainObject(original)) return value;
      throw new NotPlainData();
    default:
      throw new NotPlainData();
  }
}
