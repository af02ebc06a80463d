/**
 * Outputs, text and tag values of an engine's templates evaluated by plain calls instead of
 * LiquidJS's generators. LiquidJS renders synchronously by running a generator for every step of
 * every `{{ }}` (the value, its expression, each token, each property read, each filter) and
 * one for every run of text: a page is thousands of them, and making, driving and collecting
 * them was most of a render thread's time. The common forms (a literal or a `a.b.c` path, with
 * filters whose arguments are of those forms, operators between them) are evaluated here by the
 * very steps LiquidJS takes, in the same order, through the same context methods and filter
 * handlers, so a page's text is the same; any other form, and every render with strict
 * variables, takes LiquidJS's own path. The `if`, `unless`, `for` and `assign` tags whose values
 * are all of those forms are rendered the same way: LiquidJS's steps as plain calls, their
 * nested templates rendered in turn by plain calls, any other tag among them driven by LiquidJS.
 */
import {
  AssignTag,
  type Context,
  Drop,
  type Emitter,
  type Filter,
  ForTag,
  type Hash,
  IfTag,
  type Liquid,
  LiquidError,
  type LiquidOptions,
  Output,
  RenderError,
  type Template,
  type Token,
  TokenKind,
  toValue,
  toValueSync,
  UndefinedVariableError,
  UnlessTag,
  Value,
} from 'liquidjs';

/** LiquidJS's interface of a template cache, which it does not export by name. */
type LiquidCache = Exclude<LiquidOptions['cache'], boolean | number | undefined>;
/** A value of a template, read from a render's context. */
type Evaluate = (ctx: Context) => unknown;
/** A filter applied to a value. */
type Apply = (value: unknown, ctx: Context) => unknown;

/** What this module reads of LiquidJS objects that its type declarations keep private. */
interface FilterParts {
  handler: (this: unknown, ...args: unknown[]) => unknown;
  token: unknown;
  liquid: Liquid;
  args: (Token | [string, Token | undefined])[];
}
interface ContextParts {
  scopes: Record<string, unknown>[];
}
interface TokenParts {
  kind: TokenKind;
  content?: unknown;
  operator?: string;
  variable?: Token;
  props?: Token[];
}

/**
 * The engine's cache of parsed files (its `cache` option): each file's templates (pages, layouts,
 * partials; LiquidJS parses every file through its cache) are made direct as they are kept. A
 * map, not LiquidJS's default LRU, which moves an entry on every read: a theme has a dozen files.
 */
export class DirectTemplates implements LiquidCache {
  readonly #files = new Map<string, Template[] | Promise<Template[]>>();

  read(key: string): Template[] | Promise<Template[]> | undefined {
    return this.#files.get(key);
  }

  write(key: string, templates: Template[] | Promise<Template[]>): void {
    if (Array.isArray(templates)) directTemplates(templates);
    else void templates.then(directTemplates, () => undefined);
    this.#files.set(key, templates);
  }

  remove(key: string): void {
    this.#files.delete(key);
  }
}

/**
 * The engine's renderer runs each template of a list as LiquidJS's does, but gives LiquidJS's
 * runner only what needs it (a tag's generator), not the nothing a direct template returns; and
 * it checks the render time limit only when there is one (each check reads the clock). A render
 * with a time limit, collecting its errors or asynchronous, takes LiquidJS's own path.
 */
export function renderDirectly(engine: Liquid): void {
  const renderer = engine.renderer;
  const generic = renderer.renderTemplates.bind(renderer);
  renderer.renderTemplates = function* (templates: Template[], ctx: Context, emitter?: Emitter): Generator<unknown, unknown, unknown> {
    if (!emitter || !ctx.sync || ctx.opts.catchAllErrors || (ctx.renderLimit as unknown as { limit: number }).limit !== Number.POSITIVE_INFINITY) return yield generic(templates, ctx, emitter);
    for (const template of templates) {
      try {
        let html: unknown = template.render(ctx, emitter);
        if (html && typeof (html as { next?: unknown }).next === 'function') html = yield html;
        if (html) emitter.write(html);
        if (ctx.breakCalled || ctx.continueCalled) break;
      } catch (error) {
        throw LiquidError.is(error) ? error : new RenderError(error as Error, template);
      }
    }
    return (emitter as Emitter & { buffer?: unknown }).buffer;
  };
}

/** Templates already made direct: a layout's or partial's are reached from every file that uses them. */
const made = new WeakSet<Template>();

/** Makes `templates` and the templates nested in their tags direct. */
export function directTemplates(templates: readonly Template[]): void {
  for (const template of templates) {
    if (made.has(template)) continue;
    made.add(template);
    if (template instanceof Output) directOutput(template);
    else if (template.token.kind === TokenKind.HTML) directHtml(template);
    else {
      directTagValues(template);
      directTag(template);
      // A tag's own nested templates (an `if`'s branches, a `for`'s body, a block): partials are kept apart.
      const children = template.children?.(false, true);
      if (children) directTemplates(toValueSync(children) as Template[]);
    }
  }
}

/**
 * Makes `value.value()` return its value instead of a generator of it, when its form allows.
 * Every caller yields what `value()` returns, and LiquidJS's runner gives a yielded value that is
 * not a generator straight back: the caller sees the same value.
 */
export function directValue(value: Value): void {
  const evaluate = valueEvaluator(value);
  if (!evaluate) return;
  const generic = value.value;
  const direct = (ctx: Context, lenient?: boolean): unknown => (ctx.strictVariables ? generic.call(value, ctx, lenient) : evaluate(ctx));
  value.value = direct as Value['value'];
}

function directOutput(output: Output): void {
  const evaluate = valueEvaluator(output.value);
  if (!evaluate) return;
  const generic = output.render;
  const direct = function (this: Output, ctx: Context, emitter: Emitter): unknown {
    if (ctx.strictVariables) return generic.call(this, ctx, emitter);
    emitter.write(settled(toValue(evaluate(ctx))));
    return undefined;
  };
  output.render = direct as Output['render'];
}

/** A run of text (LiquidJS's HTML template, which it does not export) writes its text. */
function directHtml(html: Template): void {
  const text = (html as unknown as { str: unknown }).str;
  if (typeof text !== 'string') return;
  const direct = (_ctx: Context, emitter: Emitter): undefined => {
    emitter.write(text);
  };
  html.render = direct as unknown as Template['render'];
}

/** The values a tag holds (an `if`'s branches, an `assign`'s value): they are evaluated directly too. */
function directTagValues(tag: Template): void {
  for (const property of Object.values(tag)) {
    if (property instanceof Value) directValue(property);
    else if (Array.isArray(property)) {
      for (const item of property as unknown[]) {
        if (item instanceof Value) directValue(item);
        else if (item && typeof item === 'object' && (item as { value?: unknown }).value instanceof Value) directValue((item as { value: Value }).value);
      }
    }
  }
}

/** Value.value's steps: the expression, then each filter on its result. */
function valueEvaluator(value: Value): Evaluate | null {
  const initial = expressionEvaluator(value.initial.postfix);
  if (!initial) return null;
  const filters: Apply[] = [];
  for (const filter of value.filters) {
    const apply = filterApplier(filter);
    if (!apply) return null;
    filters.push(apply);
  }
  if (filters.length === 0) return initial;
  return (ctx) => {
    let result = initial(ctx);
    // A plain loop: this runs for every output of every page.
    for (let i = 0; i < filters.length; i++) result = (filters[i] as Apply)(result, ctx);
    return result;
  };
}

/** Expression.evaluate's steps over its postfix tokens. */
function expressionEvaluator(postfix: readonly Token[]): Evaluate | null {
  if (postfix.length === 1) {
    const only = postfix[0] as TokenParts;
    return only.kind === TokenKind.Operator ? null : tokenEvaluator(postfix[0]);
  }
  const steps: (Evaluate | string)[] = [];
  for (const token of postfix) {
    const parts = token as TokenParts;
    if (parts.kind === TokenKind.Operator) {
      steps.push(parts.operator as string);
      continue;
    }
    const evaluate = tokenEvaluator(token);
    if (!evaluate) return null;
    steps.push(evaluate);
  }
  const [left, right, operatorName] = steps;
  if (steps.length === 3 && typeof left === 'function' && typeof right === 'function' && typeof operatorName === 'string' && operatorName !== 'not') {
    // `a == b`, the common form: the loop's steps without its stack of operands.
    return (ctx) => {
      const leftValue = left(ctx);
      const rightValue = right(ctx);
      const operator = (ctx.opts.operators as unknown as Record<string, (...args: unknown[]) => unknown>)[operatorName] as (...args: unknown[]) => unknown;
      return settled(operator(leftValue, rightValue, ctx));
    };
  }
  return (ctx) => {
    const operands: unknown[] = [];
    const operators = ctx.opts.operators as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const step of steps) {
      if (typeof step !== 'string') {
        operands.push(step(ctx));
        continue;
      }
      const operator = operators[step] as (...args: unknown[]) => unknown;
      const right = operands.pop();
      // `not` is LiquidJS's one unary operator.
      operands.push(settled(step === 'not' ? operator(right, ctx) : operator(operands.pop(), right, ctx)));
    }
    return operands[0];
  };
}

/** evalToken's steps for a literal or a path of literal keys (`page.lang`, `a[0]`, `a["b"]`); null for other forms. */
function tokenEvaluator(token: Token | undefined): Evaluate | null {
  if (!token) return () => undefined;
  const parts = token as TokenParts;
  if ('content' in parts) {
    const content = parts.content;
    return () => content;
  }
  if (parts.kind !== TokenKind.PropertyAccess || parts.variable !== undefined || !parts.props?.length) return null;
  const keys: (string | number)[] = [];
  for (const prop of parts.props) {
    const content = (prop as TokenParts).content;
    // A key that is not a plain string or number would go through toValue: left to LiquidJS.
    if (typeof content !== 'string' && typeof content !== 'number') return null;
    keys.push(content);
  }
  const first = String(keys[0]);
  return (ctx) => {
    try {
      // Context._get: the innermost scope that has the first key, else the environment, else the globals.
      let scope: unknown = scopeOf(ctx, first);
      for (let i = 0; i < keys.length; i++) scope = settled(ctx.readProperty(scope as never, keys[i] as string | number));
      return scope;
    } catch (error) {
      throw new UndefinedVariableError(error as Error, token);
    }
  };
}

/**
 * toValueSync(value): a generator's result, else the value itself. LiquidJS's isIterator asks for
 * `next`, `throw` and `return` methods, which no string, number, boolean or nullish value has:
 * they are told apart by their type first, and objects without a `next` method by that alone.
 */
function settled(value: unknown): unknown {
  if (typeof value !== 'object' && typeof value !== 'function') return value;
  return value !== null && typeof (value as { next?: unknown }).next === 'function' ? toValueSync(value) : value;
}

/** Context.findScope, which LiquidJS's declarations keep private. */
function scopeOf(ctx: Context, key: string): unknown {
  const scopes = (ctx as unknown as ContextParts).scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const candidate = scopes[i] as Record<string, unknown>;
    if (key in candidate) return candidate;
  }
  if (key in ctx.environments) return ctx.environments;
  return ctx.globals;
}

/** Filter.render's steps: its arguments evaluated in order, then its handler called as LiquidJS calls it. */
function filterApplier(filter: Filter): Apply | null {
  const { handler, token, liquid, args } = filter as unknown as FilterParts;
  const named: (string | null)[] = [];
  const evaluators: Evaluate[] = [];
  for (const arg of args) {
    const pair = Array.isArray(arg);
    const evaluate = tokenEvaluator(pair ? arg[1] : arg);
    if (!evaluate) return null;
    named.push(pair ? arg[0] : null);
    evaluators.push(evaluate);
  }
  return (value, ctx) => {
    const argv: unknown[] = [value];
    for (let i = 0; i < evaluators.length; i++) {
      const name = named[i];
      const result = (evaluators[i] as Evaluate)(ctx);
      argv.push(name === null || name === undefined ? result : [name, result]);
    }
    return settled(handler.apply({ context: ctx, token, liquid }, argv));
  };
}

/** What this module reads of LiquidJS tags whose declarations keep it private. */
interface TagParts {
  liquid: Liquid;
}
interface AssignParts {
  key: string;
  value: Value;
}
interface ForParts {
  variable: string;
  collection: Token;
  hash: Hash;
  templates: Template[];
  elseTemplates: Template[];
}
interface Branch {
  value: Value;
  test?: (value: unknown, ctx: Context) => boolean;
  templates: Template[];
}
interface RenderLimit {
  limit: number;
}
/** A tag's render made plain: it writes to the emitter and returns nothing. */
type DirectRender = (ctx: Context, emitter: Emitter) => unknown;

/**
 * Whether a render can take the plain path: the conditions of renderDirectly's, and no strict
 * variables (direct values are LiquidJS's own then).
 */
export function plainRender(ctx: Context, emitter: Emitter | undefined): emitter is Emitter {
  return emitter !== undefined && ctx.sync && !ctx.strictVariables && !ctx.opts.catchAllErrors && (ctx.renderLimit as unknown as RenderLimit).limit === Number.POSITIVE_INFINITY;
}

/**
 * Renderer.renderTemplates's steps as plain calls, for a plain tag's nested templates: a template
 * that returns a generator (a tag not made plain) is driven as LiquidJS's runner drives it.
 */
export function renderPlainly(templates: readonly Template[], ctx: Context, emitter: Emitter): void {
  // A plain loop: this runs for every nested list of every page.
  for (let i = 0; i < templates.length; i++) {
    const template = templates[i] as Template;
    try {
      let html: unknown = template.render(ctx, emitter);
      html = settled(html);
      if (html) emitter.write(html);
      if (ctx.breakCalled || ctx.continueCalled) break;
    } catch (error) {
      throw LiquidError.is(error) ? error : new RenderError(error as Error, template);
    }
  }
}

/** Replaces `tag.render` by `direct` where a render allows, keeping LiquidJS's for the others. */
function replaceRender(tag: Template, direct: DirectRender): void {
  const generic = tag.render;
  const render = function (this: Template, ctx: Context, emitter: Emitter): unknown {
    return plainRender(ctx, emitter) ? direct(ctx, emitter) : generic.call(this, ctx, emitter);
  };
  tag.render = render as Template['render'];
}

/** Makes the tags whose every value can be evaluated directly render by plain calls. */
function directTag(tag: Template): void {
  if (tag instanceof IfTag || tag instanceof UnlessTag) directBranches(tag);
  else if (tag instanceof ForTag) directFor(tag);
  else if (tag instanceof AssignTag) directAssign(tag);
}

/**
 * A value as a tag reads it: `yield value.value(ctx)` (its value, driven if it is a generator).
 * The evaluator is the value's own, made by directValue.
 */
function tagValueEvaluator(value: Value): Evaluate | null {
  const evaluate = valueEvaluator(value);
  return evaluate && ((ctx) => settled(evaluate(ctx)));
}

/** IfTag.render's and UnlessTag.render's steps: the first branch whose test passes, else the else branch. */
function directBranches(tag: IfTag | UnlessTag): void {
  const branches = tag.branches as Branch[];
  const tests: ((value: unknown, ctx: Context) => boolean)[] = [];
  const evaluators: Evaluate[] = [];
  const bodies: Template[][] = [];
  for (const branch of branches) {
    const evaluate = tagValueEvaluator(branch.value);
    if (!evaluate) return;
    evaluators.push(evaluate);
    // An `if` has no test of its own: it asks isTruthy; `unless` keeps one per branch.
    tests.push(branch.test ?? isTruthy);
    bodies.push(branch.templates);
  }
  replaceRender(tag, (ctx, emitter) => {
    for (let i = 0; i < evaluators.length; i++) {
      const value = settled(toValue((evaluators[i] as Evaluate)(ctx)));
      if ((tests[i] as (value: unknown, ctx: Context) => boolean)(value, ctx)) {
        renderPlainly(bodies[i] as Template[], ctx, emitter);
        return undefined;
      }
    }
    // An `if` without `else` has none; LiquidJS renders an empty list then.
    const otherwise = tag.elseTemplates;
    if (otherwise) renderPlainly(otherwise, ctx, emitter);
    return undefined;
  });
}

/** AssignTag.render's steps: the value, kept in the render's outermost scope. */
function directAssign(tag: AssignTag): void {
  const { key, value } = tag as unknown as AssignParts;
  const evaluate = tagValueEvaluator(value);
  if (!evaluate) return;
  replaceRender(tag, (ctx) => {
    (ctx.bottom() as Record<string, unknown>)[key] = evaluate(ctx);
    return undefined;
  });
}

/** The loop modifiers ForTag applies, in its order. */
const MODIFIERS = ['offset', 'limit', 'reversed'] as const;

/** ForTag.render's steps: the collection, its modifiers, then the body once per item in a scope of its own. */
function directFor(tag: ForTag): void {
  const { variable, collection, hash, templates, elseTemplates } = tag as unknown as ForParts;
  const evaluateCollection = collection && tokenEvaluator(collection);
  if (!evaluateCollection) return;
  const evaluateHash = hashEvaluator(hash);
  if (!evaluateHash) return;
  const hasModifiers = Object.keys(hash.hash).length > 0;
  const collectionText = collection.getText();
  const continueKey = `continue-${variable}-${collectionText}`;
  const liquid = (tag as unknown as TagParts).liquid;
  replaceRender(tag, (ctx, emitter) => {
    let items = loopItems(settled(evaluateCollection(ctx)));
    if (!items.length) {
      renderPlainly(elseTemplates, ctx, emitter);
      return undefined;
    }
    let start = 0;
    if (hasModifiers) {
      // The modifiers see the loop's `continue` register, as in LiquidJS.
      ctx.push(Object.assign(Object.create(null) as Record<string, unknown>, { continue: ctx.getRegister(continueKey, {}) }));
      const values = evaluateHash(ctx);
      ctx.pop();
      const modifiers = liquid.options.orderedFilterParameters ? Object.keys(values).filter((key) => (MODIFIERS as readonly string[]).includes(key)) : MODIFIERS.filter((key) => values[key] !== undefined);
      for (const modifier of modifiers) {
        if (modifier === 'offset') items = items.slice(values.offset as number);
        else if (modifier === 'limit') items = items.slice(0, values.limit as number);
        else items = [...items].reverse();
      }
      start = (values.offset as number) || 0;
    }
    ctx.setRegister(continueKey, start + items.length);
    const forloop = new LoopPosition(items.length, collectionText, variable);
    const scope = Object.create(null) as Record<string, unknown>;
    scope.forloop = forloop;
    ctx.push(scope);
    for (const item of items) {
      scope[variable] = item;
      ctx.continueCalled = ctx.breakCalled = false;
      renderPlainly(templates, ctx, emitter);
      if (ctx.breakCalled) break;
      forloop.next();
    }
    ctx.continueCalled = ctx.breakCalled = false;
    ctx.pop();
    return undefined;
  });
}

/** Hash.render's steps (a tag's `key: value` arguments, a key alone being true), or null when a value is of another form. */
export function hashEvaluator(hash: Hash): ((ctx: Context) => Record<string, unknown>) | null {
  const keys = Object.keys(hash.hash);
  const evaluators: (Evaluate | null)[] = [];
  for (const key of keys) {
    const token = hash.hash[key];
    if (token === undefined) {
      evaluators.push(null);
      continue;
    }
    const evaluate = tokenEvaluator(token);
    if (!evaluate) return null;
    evaluators.push(evaluate);
  }
  return (ctx) => {
    const values: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const evaluate = evaluators[i];
      values[keys[i] as string] = evaluate ? settled(evaluate(ctx)) : true;
    }
    return values;
  };
}

/** LiquidJS's isTruthy, which ignores its arguments' types. */
function isTruthy(value: unknown, ctx: Context): boolean {
  const plain = toValue(value);
  return ctx.opts.jsTruthy ? Boolean(plain) : plain !== false && plain !== undefined && plain !== null;
}

/**
 * What a `for` loops over: an array as it is, a non-empty string as its one item, anything
 * iterable as its items, another object as its [key, value] pairs, nothing else at all (Liquid's
 * rules for a loop's collection, as LiquidJS applies them).
 */
function loopItems(collection: unknown): unknown[] {
  const value = toValue(collection);
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return [];
  if (Symbol.iterator in value) return [...(value as Iterable<unknown>)];
  const entries: unknown[] = [];
  for (const key of Object.keys(value)) entries.push([key, (value as Record<string, unknown>)[key]]);
  return entries;
}

/**
 * The `forloop` a loop's body reads: Liquid's documented fields, worked out from the position of
 * the item being rendered, which the loop moves on with `next()`. Printed whole (`{{ forloop }}`),
 * it gives the JSON LiquidJS gives for its own loop object.
 */
class LoopPosition extends Drop {
  #position = 0;
  readonly #length: number;
  readonly #name: string;
  constructor(length: number, collection: string, variable: string) {
    super();
    this.#length = length;
    this.#name = `${variable}-${collection}`;
  }
  next(): void {
    this.#position += 1;
  }
  get length(): number {
    return this.#length;
  }
  get name(): string {
    return this.#name;
  }
  get index(): number {
    return this.#position + 1;
  }
  get index0(): number {
    return this.#position;
  }
  get rindex(): number {
    return this.#length - this.#position;
  }
  get rindex0(): number {
    return this.#length - this.#position - 1;
  }
  get first(): boolean {
    return this.#position === 0;
  }
  get last(): boolean {
    return this.#position === this.#length - 1;
  }
  override valueOf(): string {
    return JSON.stringify({ i: this.#position, length: this.#length, name: this.#name });
  }
}
