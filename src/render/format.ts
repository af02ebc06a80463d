/**
 * Numbers, figures and dates in the site's language, with Intl; French typography. Pure: a
 * formatter is made once per renderer (Intl formatters are costly to create) and reused.
 */
import { intlUnits, scaledUnits, unitLabels } from '../data/units.ts';
import type { Figure, FigureQualifier } from '../record/types.ts';

/** A figure as a reader sees it: "58,612" · "crowd at Optus Stadium". */
export interface FigureView {
  /** The value with its qualifier and unit, in the site's language ("more than 4.2 trillion West African CFA francs"). */
  value: string;
  /** What the figure counts, when extraction says and it is more than the unit again; else null. */
  what: string | null;
}

export interface FormatterOptions {
  /** UI language ("en", "fr"). */
  language: string;
  /** Words put before a value for each qualifier ("about", "more than"); "exact" has none. */
  qualifiers: Partial<Record<FigureQualifier, string>>;
}

export interface Formatter {
  readonly language: string;
  number(value: number): string;
  figure(figure: Pick<Figure, 'value' | 'unit' | 'kind' | 'qualifier' | 'counts'>): FigureView;
  /** "2 October 2026" / "2 octobre 2026"; the input when it is not a date. */
  dateLong(iso: string): string;
  /** "Friday, 2 October 2026" / "vendredi 2 octobre 2026". */
  dateFull(iso: string): string;
  /** French spacing rules on text in `language` (the text's own language); other text unchanged. */
  typography(text: string, language: string): string;
  /** The same on the text between the tags of sanitised HTML. */
  typographyHtml(html: string, language: string): string;
}

/** Values from this size on are written "4.2 million" rather than "4,200,000". */
const COMPACT_FROM = 1_000_000;
const NBSP = '\u00A0';
const NNBSP = '\u202F';
/** Formatted dates kept before the store starts again: a bound on memory only. */
const MAX_DATES = 10_000;

export function createFormatter(options: FormatterOptions): Formatter {
  const { language } = options;
  const formats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (key: string, make: () => Intl.NumberFormatOptions): Intl.NumberFormat => {
    let format = formats.get(key);
    if (!format) formats.set(key, (format = new Intl.NumberFormat(language, make())));
    return format;
  };
  const plurals = new Intl.PluralRules(language);
  const plain = (value: number): string => numberFormat('plain', () => ({ maximumFractionDigits: 2 })).format(value);
  const compact = (value: number): string => numberFormat('compact', () => ({ notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 })).format(value);
  const amount = (value: number): { text: string; compact: boolean } => (Math.abs(value) >= COMPACT_FROM ? { text: compact(value), compact: true } : { text: plain(value), compact: false });

  // French and Spanish put "de" between "millions" and the noun it counts: "4,2 milliards de dollars", "4,2 mil millones de dólares".
  const withNoun = (number: { text: string; compact: boolean }, noun: string): string => {
    if (language === 'es' && number.compact && /\p{L}$/u.test(number.text)) return `${number.text} de ${noun}`;
    if (language === 'fr' && number.compact && /\p{L}$/u.test(number.text)) return /^[aeiouyhàâäéèêëîïôöûüœ]/i.test(noun) ? `${number.text} d’${noun}` : `${number.text} de ${noun}`;
    return `${number.text}${NBSP}${noun}`;
  };

  // A site's money figures name a few dozen currencies, each on many pages: each name is found once.
  const currencyNames = new Map<string, string | null>();
  const currencyName = (code: string): string | null => {
    let name = currencyNames.get(code);
    if (name === undefined) currencyNames.set(code, (name = findCurrencyName(code)));
    return name;
  };
  const findCurrencyName = (code: string): string | null => {
    try {
      const part = numberFormat(`name:${code}`, () => ({ style: 'currency', currency: code, currencyDisplay: 'name' }))
        .formatToParts(2)
        .find((p) => p.type === 'currency');
      // "francs CFA (BCEAO)": the issuing bank in parentheses says nothing to a reader.
      return part ? part.value.replace(/\s*\([^)]*\)$/, '') : null;
    } catch {
      return null;
    }
  };

  const valueText = (figure: Pick<Figure, 'value' | 'unit' | 'kind'>): string => {
    const unit = figure.unit?.trim() ?? '';
    const key = unit.toLowerCase();
    if (figure.kind === 'percent' || unit === '%') return numberFormat('percent', () => ({ style: 'percent', maximumFractionDigits: 2 })).format(figure.value / 100);
    if (figure.kind === 'money' && /^[A-Z]{3}$/.test(unit)) {
      if (Math.abs(figure.value) >= COMPACT_FROM) {
        const name = currencyName(unit);
        if (name) return withNoun(amount(figure.value), name);
      }
      try {
        return numberFormat(`money:${unit}`, () => ({ style: 'currency', currency: unit, maximumFractionDigits: Number.isInteger(figure.value) ? 0 : 2 })).format(figure.value);
      } catch {
        return `${plain(figure.value)}${NBSP}${unit}`;
      }
    }
    // A time in several parts ("2 h 08 min 41 s", a race's) reads back in its parts, never as
    // "7,721 seconds".
    if (figure.kind === 'duration' && key === 'seconds' && figure.value >= 60 && Number.isInteger(figure.value)) {
      const hours = Math.floor(figure.value / 3600);
      const minutes = Math.floor((figure.value % 3600) / 60);
      const seconds = figure.value % 60;
      const part = (value: number, unit: string): string => numberFormat(`unit:${unit}:short`, () => ({ style: 'unit', unit, unitDisplay: 'short' })).format(value);
      const parts: string[] = [];
      if (hours > 0) parts.push(part(hours, 'hour'));
      if (minutes > 0 || (hours > 0 && seconds > 0)) parts.push(part(minutes, 'minute'));
      if (seconds > 0) parts.push(part(seconds, 'second'));
      return parts.join(' ');
    }
    const scaled = scaledUnits[key];
    const intlUnit = intlUnits[key] ?? scaled?.unit;
    if (intlUnit) {
      const value = figure.value * (scaled?.factor ?? 1);
      // Durations read better spelled out ("5 months"); measures in symbols ("185 km/h").
      const display = figure.kind === 'duration' ? 'long' : 'short';
      const big = Math.abs(value) >= COMPACT_FROM;
      return numberFormat(`unit:${intlUnit}:${display}:${big}`, () => ({
        style: 'unit',
        unit: intlUnit,
        unitDisplay: display,
        ...(big ? { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 } : { maximumFractionDigits: 2 }),
      })).format(value);
    }
    const label = unitLabels[key]?.[language] ?? unitLabels[key]?.en;
    if (label) return withNoun(amount(figure.value), label[plurals.select(figure.value)] ?? label.other ?? unit);
    return unit ? withNoun(amount(figure.value), unit) : amount(figure.value).text;
  };

  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  // A site's articles share a few hundred dates, each shown on many pages: each is formatted once.
  const dates = new Map<string, string>();
  const date = (iso: string, style: 'long' | 'full'): string => {
    const key = `${style}\u0000${iso}`;
    let text = dates.get(key);
    if (text !== undefined) return text;
    const parsed = new Date(iso);
    if (!iso || Number.isNaN(parsed.getTime())) return iso;
    let format = dateFormats.get(style);
    if (!format) dateFormats.set(style, (format = new Intl.DateTimeFormat(language, { dateStyle: style, timeZone: 'UTC' })));
    text = format.format(parsed);
    if (dates.size >= MAX_DATES) dates.clear();
    dates.set(key, text);
    return text;
  };

  return {
    language,
    number: plain,
    figure(figure) {
      const qualifier = figure.qualifier === 'exact' ? '' : (options.qualifiers[figure.qualifier] ?? '');
      const value = valueText(figure);
      const counts = figure.counts?.trim() || null;
      const unit = figure.unit?.trim().toLowerCase() ?? '';
      // "1,843 cas · cas" says nothing twice: what a figure counts is shown only when the unit does not already say it.
      const what = counts && counts.toLowerCase() !== unit && !value.toLowerCase().endsWith(counts.toLowerCase()) ? counts : null;
      return { value: qualifier ? `${qualifier}${NBSP}${value}` : value, what };
    },
    dateLong: (iso) => date(iso, 'long'),
    dateFull: (iso) => date(iso, 'full'),
    typography: (text, textLanguage) => (textLanguage === 'fr' ? frenchSpacing(text) : text),
    // Text parts are pieces of the HTML: when the whole has nothing frenchSpacing changes, none has.
    typographyHtml: (html, textLanguage) =>
      textLanguage === 'fr' && FRENCH_SPACED.test(html)
        ? html
            .split(/(<[^>]*>)/)
            .map((part) => (part.startsWith('<') ? part : frenchSpacing(part)))
            .join('')
        : html,
  };
}

/** What frenchSpacing may change: a guillemet, ; ! ? % or :, or thousands groups apart. */
const FRENCH_SPACED = /[«»;!?%:]|\d \d/;

/**
 * French typography: a no-break space before ; ! ? » % and after «, a no-break space before ":",
 * thousands groups held together ("1 843"). Existing spaces are replaced, never added before
 * ; ! ? : (a URL or a clock time has none and must stay as it is); guillemets get theirs.
 */
export function frenchSpacing(text: string): string {
  // Each replacement below needs one of these characters, or a digit, a space and a digit: text without them is left as it is.
  if (!FRENCH_SPACED.test(text)) return text;
  return text
    .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`)
    .replace(/ +([;!?%])/g, `${NNBSP}$1`)
    .replace(/ +:/g, `${NBSP}:`)
    .replace(/(\d) (?=\d{3}(?!\d))/g, `$1${NNBSP}`);
}
