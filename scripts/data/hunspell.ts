/**
 * Reads a Hunspell dictionary (.aff affix rules, .dic stems with their flags) and expands each stem
 * into the forms its flags make, telling which flag made each: a spelling dictionary says no
 * part of speech, but its flags often do (a flag that conjugates a verb, one that makes a noun in
 * « -ción »). Only what the Spanish dictionary uses is read: one-character flags (FLAG UTF-8 or the
 * default), SFX and PFX with their conditions and continuation flags.
 */

interface AffixRule {
  strip: string;
  add: string;
  /** Flags of the form this rule makes (« ción/S »: the noun then takes a plural). */
  next: string;
  condition: RegExp;
}

interface Affix {
  prefix: boolean;
  /** Whether the affix combines with an affix of the other side ("Y" in its header). */
  cross: boolean;
  rules: AffixRule[];
}

export type Affixes = Map<string, Affix>;

/** A stem of the .dic and its flags, in file order. */
export interface Stem {
  word: string;
  flags: string;
}

/** A form an expansion makes: `via` is the stem's own suffix flag that began it ('' for the stem itself and its prefixed forms). */
export interface Form {
  form: string;
  via: string;
}

export function readAffixes(aff: string): Affixes {
  const affixes: Affixes = new Map();
  for (const line of aff.split('\n')) {
    const [kind, flag, a, b, c] = line.trim().split(/\s+/u);
    if ((kind !== 'SFX' && kind !== 'PFX') || !flag || a === undefined || b === undefined) continue;
    const affix = affixes.get(flag);
    if (!affix) {
      affixes.set(flag, { prefix: kind === 'PFX', cross: a === 'Y', rules: [] });
      continue;
    }
    const [add = '', next = ''] = b.split('/');
    // A condition is a regular-expression fragment of character classes, at the end for a suffix.
    const condition = new RegExp(kind === 'PFX' ? `^${c ?? '.'}` : `${c ?? '.'}$`, 'u');
    affix.rules.push({ strip: a === '0' ? '' : a, add: add === '0' ? '' : add, next, condition });
  }
  return affixes;
}

export function readStems(dic: string): Stem[] {
  const stems: Stem[] = [];
  // The first line is the stem count.
  for (const line of dic.split('\n').slice(1)) {
    const entry = line.trim();
    if (!entry) continue;
    const slash = entry.indexOf('/');
    stems.push(slash < 0 ? { word: entry, flags: '' } : { word: entry.slice(0, slash), flags: entry.slice(slash + 1) });
  }
  return stems;
}

/** Suffixed forms of `word` under `flags`, each with the first suffix flag of its chain; Hunspell allows two suffixes. */
function suffixed(affixes: Affixes, word: string, flags: string, via: string, depth: number, out: Form[]): void {
  for (const flag of flags) {
    const affix = affixes.get(flag);
    if (!affix || affix.prefix) continue;
    for (const rule of affix.rules) {
      if (!word.endsWith(rule.strip) || !rule.condition.test(word)) continue;
      const form = word.slice(0, word.length - rule.strip.length) + rule.add;
      out.push({ form, via: via || flag });
      if (depth === 0 && rule.next) suffixed(affixes, form, rule.next, via || flag, 1, out);
    }
  }
}

/** Every form a stem makes: itself, its suffixed forms, and the prefixed forms of both where the affixes combine. */
export function expand(affixes: Affixes, stem: Stem): Form[] {
  const out: Form[] = [{ form: stem.word, via: '' }];
  suffixed(affixes, stem.word, stem.flags, '', 0, out);
  const unprefixed = out.length;
  for (const flag of stem.flags) {
    const affix = affixes.get(flag);
    if (!affix?.prefix) continue;
    for (const rule of affix.rules) {
      if (!stem.word.startsWith(rule.strip) || !rule.condition.test(stem.word)) continue;
      for (let i = 0; i < unprefixed; i++) {
        const { form, via } = out[i] as Form;
        if (via && !(affix.cross && affixes.get(via)?.cross)) continue;
        out.push({ form: rule.add + form.slice(rule.strip.length), via });
      }
    }
  }
  return out;
}
