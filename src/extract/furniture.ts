/**
 * Page furniture: what a scraped page carries around the story. Bylines, datelines, photo
 * captions and credits, timestamps, advertising and "read more" teasers, subscription and
 * cookie prompts, section labels, a site's own blurb, bullet glyphs and repeated lines.
 *
 * It is taken out of the analysed text before any part of the record is made: a line that is
 * furniture loses its sentences, a dateline is cut off the first sentence, a bullet off its item,
 * a credit off its caption (the caption itself stays, as an aside: the people and places it names
 * are the story's). So no headline, summary, fact, figure or actor is made of furniture, and no
 * part has to know about it. What furniture says is kept: the byline's names become the record's
 * authors, the dateline its dateline, and the publisher it names (a byline's or dateline's agency,
 * a section label's or a site blurb's name) is offered to publisher.ts.
 *
 * It works on the sentences as analysed (tokens, places and annotations made once, index.ts):
 * only the sentences it cuts are annotated again.
 *
 * Which lines are furniture is data: token patterns in the lexicon (`xx/furniture.json`), by rule
 * set. This module only says what a match of each rule set does:
 *   furniture-line   the pattern covers the whole line (closing punctuation aside): the line goes;
 *   furniture-start  the line starts with it: the line goes (when no longer than `maxChars`);
 *   furniture-tail   the line ends with it (a photo credit): the credit goes, the rest is a caption;
 *   furniture-lead   the first story paragraph starts with it (a dateline): it is cut off;
 *   furniture-strip  any paragraph starts with it (a bullet, "1-", a live blog's "16:42 —"): it is
 *                    cut off; after a bullet the paragraph becomes a list item;
 *   furniture-caption a line starts with it ("Image caption,"): it is cut off, the rest is a caption;
 *   furniture-names  the names of a byline line ("Reporting by X; Editing by Y" gives X only);
 *   site-name        a web site's name; a line near the top or bottom that names one and speaks
 *                    to the reader (class reader-address) is the site's own blurb.
 * A short line holding a caption cue (class caption-cue: "(left)", "(non présent sur la photo)")
 * is a caption. Groups named in patterns: `names` (authors), `agency` (the publisher),
 * `place` and `country` (the dateline), `strip` (what a strip rule cuts). A whole-line pattern
 * with `"edge": true` holds only on the first and last lines; one with `"captionAbove": true` (a
 * photographer's credit, "Jane Doe/AP") makes the short line above it a caption; one with
 * `"nameAbove": true` (a reporter's job alone, "Local affairs reporter") makes the name on the
 * line above it a byline. A caption's label alone on its line ("Image caption,") makes the short
 * line under it the caption. A news organisation's name at either end of a scraped page's title
 * ("… | The Harbour Daily": known media, a site's name, or class `masthead-word`) is cut off the
 * title and names the page's own publisher. A copyright line or a
 * news organisation's name alone (kinds `copyright`, `site`) names the publisher only on the
 * first and last lines: in the middle of a page it is a photo's credit. A dateline on a line of
 * its own above the story is the dateline, as one cut off the lede is.
 */
import type { TextBlock } from '../parse/blocks.ts';
import { looksLikeTitle } from '../parse/text.ts';
import type { Dateline, SourceFormat } from '../record/types.ts';
import type { Annotations } from './annotate.ts';
import { findPlaces, type PlaceMatch } from './gazetteer.ts';
import type { Lexicon } from './lexicon/index.ts';
import { itemAt } from './lists.ts';
import type { Match } from './match.ts';
import type { Sentence } from './sentences.ts';
import { annotateSpans } from './spans.ts';
import { type Token, tokenAt, tokenize } from './tokens.ts';

export type FurnitureKind = 'byline' | 'dateline' | 'date' | 'caption' | 'credit' | 'copyright' | 'timestamp' | 'advert' | 'related' | 'prompt' | 'section' | 'site' | 'repeat' | 'bullet';

/** One piece of furniture recognised in the text. */
export interface FurnitureItem {
  kind: FurnitureKind;
  /** As written. */
  text: string;
  /** Where it stood in the file (1-based). */
  line: number;
  column: number;
}

/** Where the publisher named by the furniture came from. */
export interface FurniturePublisher {
  name: string;
  from: FurnitureKind;
}

export interface Furniture {
  /** The blocks the rest of extraction reads: furniture lines out, datelines and bullets cut off, captions without their credit as kind `caption` (an aside). */
  blocks: TextBlock[];
  /** The text title; null when it was furniture, unless a title line came right after it. */
  title: string | null;
  /** Byline names, in order, without repeats. */
  authors: string[];
  dateline: Dateline | null;
  /** The publisher the furniture names, if any. */
  publisher: FurniturePublisher | null;
  /** Everything recognised, in reading order (captions among them, though they stay in `blocks`). */
  items: FurnitureItem[];
}

export interface FurnitureInput {
  /** Title found in the text, if any. */
  title: string | null;
  /** Its line in the file. Default: the line before the first block. */
  titleLine?: number | null;
  /** The body blocks the sentences were split from (no empty ones). */
  blocks: readonly TextBlock[];
  format: SourceFormat;
}

/** The analysed body, per sentence: what index.ts makes once and every part reads. */
export interface Analysed {
  sentences: Sentence[];
  annotations: Annotations[];
  places: PlaceMatch[][];
}

export interface FurnitureOptions {
  /** Longest line, in characters, that can be furniture as a whole (a start rule may ask for less with `maxChars`). Default 300. */
  maxLine?: number;
  /** How many lines at the top and at the bottom may be a site's blurb. Default 2. */
  edge?: number;
}

const DEFAULTS: Required<FurnitureOptions> = { maxLine: 300, edge: 2 };

// Tokens that may close a furniture line after the pattern ("By Jane Doe.").
const CLOSING = new Set(['.', ',', ';', ':', '…', '!']);
// Lines shorter than this are not compared for repeats ("Advertisement" twice is furniture anyway), but for the title.
const MIN_REPEAT = 30;
// A caption above a photo's credit is at most this long.
const MAX_CAPTION = 200;
// Lines with no final stop (a deck, a standfirst) that may stand between the headline and a dateline.
const MAX_DECKS = 2;
// A reporter's name alone on its line: at most this many words.
const MAX_NAME_WORDS = 4;
// Teaser headlines under a "Read also" label: at most this many lines, each this short.
const MAX_TEASERS = 5;
const TEASER_CHARS = 160;
// A photo credit at the end of a line is at most this many tokens ("© POOL/AFP Jane Doe").
const CREDIT_TOKENS = 16;
// Publisher evidence, most telling first: the page's own name and copyright before a credit of
// where the story came from (a wire's byline or dateline on a paper's page).
const PUBLISHER_ORDER: readonly FurnitureKind[] = ['site', 'copyright', 'byline', 'dateline', 'section'];

/** A line as classified: its text, where it starts in the body, and its sentences' annotations. */
interface Line {
  text: string;
  /** Offset of `text` in the body (the coordinates of token offsets). */
  base: number;
  anns: Annotations[];
}

interface Verdict {
  kind: FurnitureKind;
  names: string[];
  agency: string | null;
  /** For a caption: where its credit starts, as an offset in the body; Infinity when it has none. */
  creditAt: number | null;
  /** For a caption after a label ("Image caption, …"): where the caption starts, as an offset in the body. */
  captionAt?: number;
  /** For a dateline line: its place and that place's country. */
  place?: string | null;
  country?: string | null;
  /** The pattern covered the whole line (a label alone, not a label and its teaser). */
  whole?: boolean;
  /** A credit that stands under its photo's caption (pattern flag `captionAbove`: "Jane Doe/AP"). */
  captionAbove?: boolean;
  /** A reporter's job under the line of their name (pattern flag `nameAbove`: "Senior reporter"). */
  nameAbove?: boolean;
  /** A caption's label alone on its line: the caption is the line under it. */
  captionBelow?: boolean;
}

/** What becomes of one block: dropped, or kept with its text cut to [from, to) (offsets in the block). */
interface Edit {
  drop: boolean;
  kind: TextBlock['kind'];
  from: number;
  to: number;
}

/**
 * Recognises the furniture of an analysed article and takes it out. Pure; `lex` is the article's
 * language's lexicon. Returns what the furniture says and the analysed text without it.
 */
export function findFurniture(input: FurnitureInput, analysed: Analysed, lang: string, lex: Lexicon, options: FurnitureOptions = {}): { furniture: Furniture; analysed: Analysed } {
  const opts = { ...DEFAULTS, ...options };
  const items: FurnitureItem[] = [];
  const authors: string[] = [];
  const publishers: FurniturePublisher[] = [];
  const take = (kind: FurnitureKind, text: string, line: number, column: number, verdict?: Verdict): void => {
    items.push({ kind, text, line, column });
    for (const name of verdict?.names ?? []) if (!authors.includes(name)) authors.push(name);
    if (verdict?.agency) publishers.push({ name: verdict.agency, from: kind });
  };

  const { blocks } = input;
  const bases: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    bases.push(offset);
    offset += block.text.length + 2;
  }
  const sentencesOf: number[][] = blocks.map(() => []);
  analysed.sentences.forEach((s, i) => {
    sentencesOf[s.block]?.push(i);
  });
  const lineOf = (b: number): Line => ({ text: (blocks[b] as TextBlock).text, base: bases[b] as number, anns: (sentencesOf[b] ?? []).map((i) => analysed.annotations[i] as Annotations) });
  const edits: Edit[] = blocks.map((block) => ({ drop: false, kind: block.kind, from: 0, to: block.text.length }));
  const count = blocks.length + (input.title ? 1 : 0);
  const atEdge = (i: number): boolean => i < opts.edge || i >= count - opts.edge;

  // A page title's masthead ("Port fees cut | The Harbour Daily", "BBC News - Port fees cut"):
  // the news organisation's name goes, and it is the page's own.
  let title = input.title;
  // The title's tokens, places and annotations, made once per text: the masthead, the furniture
  // check and the kicker all read them.
  let titleAnalysis: TextAnalysis | null = null;
  const analyseTitle = (text: string): TextAnalysis => {
    if (titleAnalysis?.text !== text) titleAnalysis = analyseText(text, lang, lex);
    return titleAnalysis;
  };
  if (title !== null && input.format === 'text') {
    const masthead = titleMasthead(title, analyseTitle(title), lex);
    // "Jane Doe speaks in Lima on Monday. | AP" is a photo's caption and its credit, not a title.
    if (masthead && looksLikeTitle(masthead.title)) {
      const line = input.titleLine ?? Math.max(1, (blocks[0]?.line ?? 2) - 1);
      take('site', masthead.text, line, 1, { kind: 'site', names: [], agency: masthead.name, creditAt: null });
      title = masthead.title;
    }
  }
  // The title line, when the parser took a furniture line for one ("CNN - Sports", a credit).
  const titleKey = title ? repeatKey(title) : null;
  const seen = new Set<string>(titleKey ? [titleKey] : []);
  let titleWasFurniture = false;
  let titleDateline: Dateline | null = null;
  if (title !== null && input.format === 'text') {
    const { ann, places } = analyseTitle(title);
    const verdict = classify({ text: title, base: 0, anns: [ann] }, lex, atEdge(0), opts.maxLine, places);
    if (verdict) {
      take(verdict.kind, title, input.titleLine ?? Math.max(1, (blocks[0]?.line ?? 2) - 1), 1, verdict);
      title = null;
      titleWasFurniture = true;
      // "MADRID, 4 Mar. (AGENCY) -" on the first line, taken for the title.
      if (verdict.kind === 'dateline' && verdict.place) titleDateline = { place: verdict.place, country: verdict.country ?? null, agency: verdict.agency };
    }
  }

  // Whole lines: furniture goes, a caption loses its credit, a line seen before goes.
  let dateline: Dateline | null = titleDateline;
  let storyBegun = false;
  // Blocks that are a "Read also" label and nothing else: the headlines under them are teasers.
  const labels = new Set<number>();
  // The block under a caption's label alone on its line ("Image caption,"): the caption.
  let captionNext = -1;
  blocks.forEach((block, b) => {
    const edit = edits[b] as Edit;
    const column = block.column ?? 1;
    const key = repeatKey(block.text);
    if ((key.length >= MIN_REPEAT || key === titleKey) && seen.has(key)) {
      take('repeat', block.text, block.line, column);
      edit.drop = true;
      return;
    }
    seen.add(key);
    const verdict = classify(lineOf(b), lex, atEdge(b + (input.title ? 1 : 0)), opts.maxLine, analysed.places[sentencesOf[b]?.[0] ?? -1] ?? []);
    if (!verdict && captionNext === b && block.text.length <= MAX_CAPTION) {
      edit.kind = 'caption';
      take('caption', block.text, block.line, column);
      return;
    }
    if (!verdict) {
      // A headline or a deck (no final stop) may stand above the dateline; a sentence starts the story.
      storyBegun ||= SENTENCE_END.test(block.text);
      return;
    }
    take(verdict.kind, block.text, block.line, column, verdict);
    if (verdict.kind === 'related' && verdict.whole) labels.add(b);
    // "Firefighters at the depot on Monday." over "Jane Doe/AP": the line above is the photo's caption.
    const above = itemAt(edits, b - 1);
    const aboveBlock = itemAt(blocks, b - 1);
    if (verdict.captionAbove && above && aboveBlock && !above.drop && above.kind === 'paragraph' && aboveBlock.text.length <= MAX_CAPTION) {
      above.kind = 'caption';
      take('caption', aboveBlock.text, aboveBlock.line, aboveBlock.column ?? 1);
    }
    // "Jane Doe" over "Local affairs reporter": the line above is the reporter's name.
    if (verdict.nameAbove && above && aboveBlock && !above.drop && above.kind === 'paragraph' && isNameLine(lineOf(b - 1))) {
      above.drop = true;
      take('byline', aboveBlock.text, aboveBlock.line, aboveBlock.column ?? 1, { kind: 'byline', names: [nameCase(aboveBlock.text.trim())], agency: null, creditAt: null });
    }
    if (verdict.captionBelow) captionNext = b + 1;
    // "Seoul, South Korea" over "CNN —": a place alone over a wire's or broadcaster's mark is the
    // dateline's place (the page split one dateline over two lines).
    if (verdict.kind === 'dateline' && !verdict.place && verdict.agency && above && aboveBlock && !above.drop && above.kind === 'paragraph' && dateline === null && !storyBegun) {
      const place = placeLine(lineOf(b - 1), analysed.places[sentencesOf[b - 1]?.[0] ?? -1] ?? []);
      if (place) {
        above.drop = true;
        take('dateline', aboveBlock.text, aboveBlock.line, aboveBlock.column ?? 1);
        verdict.place = place.place;
        verdict.country = place.country;
      }
    }
    if (verdict.kind === 'caption' && verdict.creditAt !== null) {
      edit.kind = 'caption';
      edit.from = Math.max(0, (verdict.captionAt ?? 0) - (bases[b] as number));
      edit.to = Math.min(edit.to, verdict.creditAt - (bases[b] as number));
      edit.drop = block.text.slice(edit.from, edit.to).trim() === '';
    } else edit.drop = true;
    // "MADRID, 4 Mar. (AGENCY) -" or "Lima - 6 mar 2026 - 23:41" alone above the story.
    if (verdict.kind === 'dateline' && verdict.place && dateline === null && !storyBegun) dateline = { place: verdict.place, country: verdict.country ?? null, agency: verdict.agency };
  });

  // "Read also" alone on its line: the headlines under it, up to the next sentence, are teasers.
  for (const b of labels) {
    for (let next = b + 1; next < blocks.length && next <= b + MAX_TEASERS; next++) {
      const teaser = blocks[next] as TextBlock;
      const edit = edits[next] as Edit;
      if (edit.drop) continue;
      if (teaser.text.length > TEASER_CHARS || SENTENCE_END.test(teaser.text)) break;
      take('related', teaser.text, teaser.line, teaser.column ?? 1);
      edit.drop = true;
    }
  }

  // Bullets and list numbers.
  blocks.forEach((block, b) => {
    const edit = edits[b] as Edit;
    const first = lineOf(b).anns[0];
    if (edit.drop || !first || first.tokens[0]?.kind === 'word') return;
    const match = lex.rules('furniture-strip').at(first, 0);
    const next = match ? first.tokens[(match.groups.strip ?? [match.start, match.end])[1]] : undefined;
    if (!match || !next) return;
    const cut = next.start - (bases[b] as number);
    const kind = kindOf(match);
    take(kind, block.text.slice(0, cut).trim(), block.line, block.column ?? 1);
    edit.from = cut;
    // A live blog's "16:42 —" stamps an entry of the story, which stays a paragraph; a bullet makes a list's item.
    if (kind === 'bullet') edit.kind = 'list-item';
  });

  // A title line under furniture at the top of a page with no title of its own ("World", a
  // timestamp, or a furniture line the parser took for the title) is the title.
  const story = blocks.map((_, b) => b).filter((b) => !(edits[b] as Edit).drop && (edits[b] as Edit).kind !== 'caption');
  const top = story[0];
  const underFurniture = titleWasFurniture || (title === null && input.format === 'text' && top !== undefined && top > 0);
  if (underFurniture && top !== undefined && story.length >= 2 && ['paragraph', 'list-item'].includes((edits[top] as Edit).kind)) {
    const text = cutText(blocks[top] as TextBlock, edits[top] as Edit);
    if (looksLikeTitle(text) && !/^\p{Ll}/u.test(cutText(blocks[story[1] as number] as TextBlock, edits[story[1] as number] as Edit))) {
      title = text;
      (edits[top] as Edit).drop = true;
      story.shift();
    }
  }

  // "EXCLUSIVE: …", « VIDÉO. … », « ÚLTIMA HORA | … » on a scraped page: a kicker is the page's
  // label, not the news. (A Markdown title is as its author wrote it.)
  if (title !== null && input.format === 'text') {
    const kicker = titleKicker(analyseTitle(title).ann.tokens, lex);
    if (kicker) {
      take('section', title.slice(0, kicker), input.titleLine ?? Math.max(1, (blocks[0]?.line ?? 2) - 1), 1);
      title = title.slice(kicker).trimStart();
    }
  }

  // The dateline, cut off the story's first sentence: the first story paragraph, or the first one
  // that ends a sentence under a deck or two (lines with no final stop: « MADRID, 3 mar (EFE).- »
  // comes after the standfirst).
  const firstSentence = story.findIndex((b) => SENTENCE_END.test(cutText(blocks[b] as TextBlock, edits[b] as Edit)));
  for (const lede of story.slice(0, Math.min(Math.max(firstSentence, 0), MAX_DECKS) + 1)) {
    const ledeAnn = lineOf(lede).anns[0];
    const ledeSentence = analysed.sentences[sentencesOf[lede]?.[0] ?? -1];
    if (!ledeAnn || !ledeSentence || (edits[lede] as Edit).from !== 0) continue;
    const match = lex.rules('furniture-lead').at(ledeAnn, 0);
    const next = match ? ledeAnn.tokens[match.end] : undefined;
    if (match && next) {
      const block = blocks[lede] as TextBlock;
      const cut = next.start - (bases[lede] as number);
      const source = { text: block.text, base: bases[lede] as number };
      const agency = match.groups.agency ? textOf(source, ledeAnn.tokens, match.groups.agency) : null;
      const place = match.groups.place ? textOf(source, ledeAnn.tokens, match.groups.place) : null;
      const places = analysed.places[sentencesOf[lede]?.[0] ?? -1] ?? [];
      const country = countryIn(places, match.groups.country) ?? countryIn(places, match.groups.place);
      const kind = kindOf(match);
      take(kind, block.text.slice(0, cut).trim(), block.line, block.column ?? 1, { kind, names: [], agency, creditAt: null });
      if (kind === 'dateline' && place) dateline = { place, country, agency };
      (edits[lede] as Edit).from = cut;
      break;
    }
  }

  const publisher = PUBLISHER_ORDER.map((from) => publishers.find((p) => p.from === from)).find((p) => p !== undefined) ?? null;
  const kept: TextBlock[] = [];
  const blockIndex = blocks.map((block, b) => {
    const edit = edits[b] as Edit;
    if (edit.drop) return -1;
    kept.push(edit.from === 0 && edit.to === block.text.length && edit.kind === block.kind ? block : { ...block, text: cutText(block, edit), kind: edit.kind, column: (block.column ?? 1) + edit.from + leading(block.text.slice(edit.from)) });
    return kept.length - 1;
  });
  return {
    furniture: { blocks: kept, title, authors, dateline, publisher, items: items.sort((a, b) => a.line - b.line || a.column - b.column) },
    analysed: applyEdits(analysed, bases, edits, blockIndex, lang, lex),
  };
}

// Kinds of furniture that are the page's own machinery, never its owner's name.
const PAGE_MACHINERY: ReadonlySet<FurnitureKind> = new Set(['prompt', 'advert', 'related', 'timestamp', 'date']);

/**
 * Whether a line on its own (the last line of a page, taken for the publisher's trailer by its
 * shape: « Écouter - Lire plus tard ») is a page's controls, a stamp or a teaser label.
 */
export function isPageMachinery(text: string, lang: string, lex: Lexicon): boolean {
  const { ann, places } = analyseText(text, lang, lex);
  const verdict = classify({ text, base: 0, anns: [ann] }, lex, true, DEFAULTS.maxLine, places);
  return verdict !== null && PAGE_MACHINERY.has(verdict.kind);
}

/** A line outside the analysed body (a title, a trailer), analysed as one sentence. */
interface TextAnalysis {
  text: string;
  places: PlaceMatch[];
  ann: Annotations;
}

function analyseText(text: string, lang: string, lex: Lexicon): TextAnalysis {
  const tokens = tokenize(text, lex.tokenizeOptions);
  const places = findPlaces(tokens, lang);
  return { text, places, ann: annotateSpans(tokens, places, lang, lex) };
}

/** What kind of furniture a whole line is, or null when it is story text. */
function classify(line: Line, lex: Lexicon, edge: boolean, maxLine: number, places: readonly PlaceMatch[] = []): Verdict | null {
  const first = line.anns[0];
  const last = line.anns[line.anns.length - 1];
  if (line.text.length > maxLine || !first || !last || first.tokens.length === 0) return null;
  const found = line.anns.length === 1 ? lex.rules('furniture-line').at(first, 0) : null;
  // A pattern marked `edge` (a country alone as a page's kicker) holds on the first and last lines
  // only: in the middle of the story such a line is a list's item.
  const whole = found && (edge || found.pattern.edge !== true) ? found : null;
  if (whole && onlyClosing(first.tokens, whole.end)) return ownerAtEdge({ ...verdictOf(whole, first, line, lex, places), whole: true }, edge);
  const start = lex.rules('furniture-start').at(first, 0);
  if (start && line.text.length <= Number(start.pattern.maxChars ?? maxLine)) return ownerAtEdge({ ...verdictOf(start, first, line, lex, places), whole: line.anns.length === 1 && onlyClosing(first.tokens, start.end) }, edge);
  // A line that is a dateline and nothing else ("MADRID, 3 Mar. (AGENCY) -" above the lede).
  const lead = line.anns.length === 1 ? lex.rules('furniture-lead').at(first, 0) : null;
  if (lead && lead.end === first.tokens.length) return verdictOf(lead, first, line, lex, places);
  // "Image caption, Firefighters …": the label goes, the rest is a caption (and a credit closing it
  // goes too: "(Photo: Firefighters … Agency/Jane Doe)"). The label alone: the caption is under it.
  const label = lex.rules('furniture-caption').at(first, 0);
  const captionStart = label ? first.tokens[label.end] : undefined;
  const tail = lex.rules('furniture-tail').endingAt(last, last.tokens.length, Math.max(0, last.tokens.length - CREDIT_TOKENS));
  if (label && captionStart) {
    const credit = tail && (tail.start > label.end || line.anns.length > 1) ? (last.tokens[tail.start] as Token).start : Infinity;
    return { kind: 'caption', names: [], agency: null, creditAt: credit, captionAt: captionStart.start };
  }
  if (label && line.anns.length === 1 && onlyClosing(first.tokens, label.end)) return { kind: 'caption', names: [], agency: null, creditAt: null, captionBelow: true };
  if (tail && (tail.start > 0 || line.anns.length > 1)) return { kind: 'caption', names: [], agency: null, creditAt: (last.tokens[tail.start] as Token).start };
  if (line.anns.some((ann) => ann.present('c:caption-cue'))) return { kind: 'caption', names: [], agency: null, creditAt: Infinity };
  // (The reader address is one look at the line's labels: the site's name is searched for only
  // beside one, not through every line at either end of the page, the story's first paragraphs
  // among them.)
  if (edge && line.anns.some((a) => a.present('c:reader-address'))) {
    for (const ann of line.anns) {
      const site = lex.rules('site-name').find(ann)[0];
      if (site) {
        return { kind: 'site', names: [], agency: textOf(line, ann.tokens, [site.start, site.end]), creditAt: null };
      }
    }
  }
  // A masthead alone on a line at the top or the bottom of the page ("The Harbour Daily",
  // « Le Courrier du Port »): the site's own name. Two words at least, or a name the data knows:
  // one masthead word alone ("News") is a section's label.
  if (edge && line.anns.length === 1 && isMasthead(first, 0, first.tokens.length, lex) && (first.tokens.length >= 2 || first.has(0, 'known-media'))) {
    return { kind: 'site', names: [], agency: line.text.trim(), creditAt: null };
  }
  return null;
}

/** Where the title goes on past a kicker ("BREAKING:", « EN DIRECT | »), or 0 when it has none or too little would be left. */
function titleKicker(tokens: readonly Token[], lex: Lexicon): number {
  const length = lex.classes.get('title-kicker')?.at(tokens, 0)?.length ?? 0;
  const mark = tokens[length];
  const rest = tokens[length + 1];
  if (length === 0 || !mark || !rest || !KICKER_MARKS.has(mark.text) || tokens.length - length - 1 < MIN_TITLE_WORDS) return 0;
  return rest.start;
}

const KICKER_MARKS = new Set([':', '.', '|', '-', '–', '—', '/']);
// What sets a page title's masthead off from the headline, spaced on both sides.
const MASTHEAD_MARKS = new Set(['|', '-', '–', '—', '·', '::']);
// A masthead is at most this many words.
const MASTHEAD_WORDS = 5;

/**
 * The masthead at one end of a page title, set off by a spaced mark: a news organisation the
 * data knows ("BBC News"), a web site's name, or capitalised words one of which is a masthead's
 * (class `masthead-word`: "The Harbour Daily", « Le Courrier du Port », « Diario del Sur »).
 * At least MIN_TITLE_WORDS of headline must be left. The end is tried first, as titles put it.
 */
function titleMasthead(title: string, { ann }: TextAnalysis, lex: Lexicon): { title: string; name: string; text: string } | null {
  const tokens = ann.tokens;
  const spaced = (k: number): boolean =>
    MASTHEAD_MARKS.has((tokens[k] as Token).text) && k > 0 && k < tokens.length - 1 && (tokenAt(tokens, k - 1) as Token).end < (tokens[k] as Token).start && (tokens[k] as Token).end < (tokens[k + 1] as Token).start;
  for (let k = tokens.length - 2; k >= MIN_TITLE_WORDS; k--) {
    if (!spaced(k) || !isMasthead(ann, k + 1, tokens.length, lex)) continue;
    const name = title.slice((tokens[k + 1] as Token).start, (tokenAt(tokens, tokens.length - 1) as Token).end);
    return { title: title.slice(0, (tokenAt(tokens, k - 1) as Token).end).trim(), name, text: title.slice((tokens[k] as Token).start).trim() };
  }
  for (let k = 1; k < tokens.length - MIN_TITLE_WORDS; k++) {
    if (!spaced(k)) continue;
    // Before the headline, only a name the data knows: a title-case headline's first words
    // ("Markets Today - …") are no masthead.
    if (!isMasthead(ann, 0, k, lex, true)) return null;
    const name = title.slice(0, (tokenAt(tokens, k - 1) as Token).end);
    return { title: title.slice((tokens[k + 1] as Token).start).trim(), name, text: title.slice(0, (tokens[k] as Token).end).trim() };
  }
  return null;
}

/** Whether tokens [from, to) are a masthead: a known news organisation, a site's name, or (unless `known`) capitalised words with a masthead's word. */
function isMasthead(ann: Annotations, from: number, to: number, lex: Lexicon, known = false): boolean {
  if (to - from < 1 || to - from > MASTHEAD_WORDS) return false;
  const site = lex.rules('site-name').at(ann, from);
  if (site && site.end === to) return true;
  let masthead = false;
  for (let k = from; k < to; k++) {
    const t = ann.tokens[k] as Token;
    // "Le Courrier du Port": a particle or an article may stand between capitalised words.
    if (t.kind !== 'word' || (!t.cap && !(k > from && (ann.has(k, 'particle') || ann.has(k, 'determiner'))))) return false;
    masthead ||= ann.has(k, 'known-media') || (!known && ann.has(k, 'c:masthead-word'));
  }
  return masthead;
}
// A kicker is cut only when a title of at least this many tokens is left.
const MIN_TITLE_WORDS = 4;

/** A copyright line or a site's name names the page's owner at its top or bottom; elsewhere it credits a photo. */
function ownerAtEdge(verdict: Verdict, edge: boolean): Verdict {
  return edge || (verdict.kind !== 'copyright' && verdict.kind !== 'site') ? verdict : { ...verdict, agency: null };
}

function verdictOf(match: Match, ann: Annotations, line: Line, lex: Lexicon, places: readonly PlaceMatch[]): Verdict {
  const kind = kindOf(match);
  const names = match.groups.names ? namesIn(ann, line, match.groups.names) : [];
  // A byline that names a publication and no one ("By the Harbour Daily with AP") has no authors.
  if (kind === 'byline' && !(match.groups.agency && !match.groups.names)) {
    for (const m of lex.rules('furniture-names').find(ann)) if (m.groups.names) names.push(...namesIn(ann, line, m.groups.names));
  }
  const agency = match.groups.agency ? textOf(line, ann.tokens, match.groups.agency) : null;
  const place = match.groups.place ? textOf(line, ann.tokens, match.groups.place) : null;
  const country = place ? (countryIn(places, match.groups.country) ?? countryIn(places, match.groups.place)) : null;
  return { kind, names: [...new Set(names)], agency, creditAt: null, place, country, captionAbove: match.pattern.captionAbove === true, nameAbove: match.pattern.nameAbove === true };
}

/** A line that is a place and nothing else, maybe with its country after a comma ("Seoul, South Korea"): the place's text and country. */
function placeLine(line: Line, places: readonly PlaceMatch[]): { place: string; country: string | null } | null {
  const ann = line.anns[0];
  const first = places[0];
  if (line.anns.length !== 1 || !ann || !first || first.start !== 0 || first.kind === 'blocker') return null;
  const second = places[1];
  const whole = first.end === ann.tokens.length || (ann.tokens[first.end]?.text === ',' && second?.start === first.end + 1 && second.end === ann.tokens.length);
  if (!whole) return null;
  return { place: textOf(line, ann.tokens, [first.start, first.end]), country: (second ?? first).code ?? null };
}

/** A line that is a person's name and nothing else: a few capitalised words, the first a given name. */
function isNameLine(line: Line): boolean {
  const ann = line.anns[0];
  if (line.anns.length !== 1 || !ann || ann.tokens.length < 2 || ann.tokens.length > MAX_NAME_WORDS || !ann.has(0, 'first-name')) return false;
  return ann.tokens.every((t) => t.kind === 'word' && t.cap);
}

function kindOf(match: Match): FurnitureKind {
  return (typeof match.pattern.kind === 'string' ? match.pattern.kind : 'credit') as FurnitureKind;
}

/**
 * The analysed text without the furniture: sentences of dropped blocks go, sentences that lost
 * their start or end are cut to the tokens left (and annotated again), the rest is kept as it
 * was; sentence and block indexes are renumbered. Token offsets stay those of the body.
 */
function applyEdits(analysed: Analysed, bases: readonly number[], edits: readonly Edit[], blockIndex: readonly number[], lang: string, lex: Lexicon): Analysed {
  const out: Analysed = { sentences: [], annotations: [], places: [] };
  analysed.sentences.forEach((sentence, i) => {
    const edit = edits[sentence.block] as Edit;
    const block = blockIndex[sentence.block] ?? -1;
    if (edit.drop || block < 0) return;
    const base = bases[sentence.block] as number;
    const from = base + edit.from;
    const to = base + edit.to;
    const end = sentence.start + sentence.text.length;
    let ann = analysed.annotations[i] as Annotations;
    let places = analysed.places[i] ?? [];
    let next: Sentence = { ...sentence, index: out.sentences.length, block };
    if (sentence.start < from || end > to) {
      const first = sentence.tokens.findIndex((t) => t.start >= from);
      const keep = sentence.tokens.filter((t) => t.start >= from && t.end <= to);
      if (keep.length === 0 || first < 0) return;
      const start = Math.max(from, sentence.start);
      const text = sentence.text.slice(start - sentence.start, Math.min(to, end) - sentence.start);
      places = places.filter((p) => p.start >= first && p.end <= first + keep.length).map((p) => ({ ...p, start: p.start - first, end: p.end - first }));
      ann = annotateSpans(keep, places, lang, lex);
      next = { ...next, text: text.trim(), start: start + leading(text), tokens: keep };
    }
    out.sentences.push(next);
    out.annotations.push(ann);
    out.places.push(places);
  });
  return out;
}

function cutText(block: TextBlock, edit: Edit): string {
  return block.text.slice(edit.from, edit.to).trim();
}

function leading(text: string): number {
  return text.length - text.trimStart().length;
}

function onlyClosing(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (!CLOSING.has((tokens[k] as Token).text)) return false;
  return true;
}

/** The text of tokens [start, end) of a line. */
function textOf(line: { text: string; base: number }, tokens: readonly Token[], [start, end]: [number, number]): string {
  return line.text.slice((tokens[start] as Token).start - line.base, (tokenAt(tokens, end - 1) as Token).end - line.base);
}

/** The names in a byline's `names` group: runs of capitalised words ("Jane Doe and John Roe" → two). */
function namesIn(ann: Annotations, line: Line, [start, end]: [number, number]): string[] {
  const names: string[] = [];
  let from = -1;
  let to = -1;
  const flush = (): void => {
    // "By Jane Doe, Nairobi": a place after the name is where she writes from.
    if (from >= 0 && !isPlace(ann, from, to)) names.push(nameCase(textOf(line, ann.tokens, [from, to])));
    from = -1;
  };
  for (let k = start; k < end; k++) {
    const token = ann.tokens[k] as Token;
    // "By Reuters staff", "By Jane Doe, Staff Writer": the organisation and the job are no one's
    // name, nor is "Par" of « Par Jane Doe, correspondante à Lomé » read by a "name, job" rule.
    if (token.kind === 'word' && token.cap && !ann.has(k, 'known-media') && !ann.has(k, 'c:byline-job') && !ann.has(k, 'c:byline-lead')) {
      if (from < 0) from = k;
      to = k + 1;
    } else if (!(from >= 0 && token.kind === 'word' && ann.has(k, 'particle')) || twoNamesJoined(ann, from, k)) flush();
  }
  flush();
  return names;
}

/**
 * « Por Ana Gil y Luis Paz »: a joiner of bylines that is also a name's particle (« y », as in
 * « Ortega y Gasset ») joins two names when a run of two capitalised words or more stands on
 * each side of it (the run before from `from`, the joiner at k).
 */
function twoNamesJoined(ann: Annotations, from: number, k: number): boolean {
  if (!ann.has(k, 'c:byline-joiner') || k - from < 2) return false;
  let after = k + 1;
  while (ann.tokens[after]?.kind === 'word' && ann.tokens[after]?.cap) after++;
  return after - (k + 1) >= 2;
}

/** True when tokens [from, to) are all a place's name (and no known person's). */
function isPlace(ann: Annotations, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!ann.has(k, 'place') || ann.has(k, 'known-person')) return false;
  return true;
}

// "JANE DOE" → "Jane Doe": a byline in capitals is a typographic choice, not the name's spelling.
function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function countryIn(places: readonly PlaceMatch[], range: [number, number] | undefined): string | null {
  if (!range) return null;
  const hit = places.find((p) => p.start < range[1] && range[0] < p.end && (p.kind === 'country' || p.kind === 'place'));
  return hit?.code ?? null;
}

const SENTENCE_END = /[.!?…»”"]\s*$/u;

/** A line as compared for repeats: trimmed, without closing punctuation ("Title." repeats "Title"). */
function repeatKey(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSING_OR_SPACE.test(text.charAt(end - 1))) end--;
  return text.slice(0, end).trimStart();
}
const CLOSING_OR_SPACE = /[\s.!?…:;,]/u;
