/**
 * Attribution shapes of real news pages (issue: "Extraction that holds on real news"), each with
 * invented sentences of the same shape.
 */
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../record/types.ts';
import { lexicon, verbForms } from './lexicon/index.ts';
import { extract } from './testing.ts';

const attributions = (text: string, lang = 'en'): Attribution[] => extract(text, { lang }).attributions;
const one = (text: string, lang = 'en'): Attribution | undefined => attributions(text, lang)[0];

describe('reporting verbs from lemmas', () => {
  it('makes every form of a lemma from the inflection rules, with the irregular ones given', () => {
    const fr = lexicon('fr');
    expect(fr.finite.has('denombrait')).toBe(true);
    expect(fr.inverted.has('revele-t-il')).toBe(true);
    expect(fr.participial.has('annoncant')).toBe(true);
    expect(
      verbForms(
        { lemma: 'deny' },
        {
          classes: [{ ending: '', present: ['s'], finite: ['ed'], participle: ['ed'], gerund: ['ing'], inverted: [] }],
          spelling: [
            ['([^aeiou])y\\+s$', '$1ies'],
            ['([^aeiou])y\\+ed$', '$1ied'],
            ['\\+', ''],
          ],
        },
      ),
    ).toMatchObject({ present: ['denies'], finite: ['denied'], gerund: ['denying'] });
  });

  it('finds speakers with verbs beyond the core list, in any tense', () => {
    expect(one('The governor cautioned that roads could flood again.')).toMatchObject({ source: 'The governor', claim: 'roads could flood again' });
    expect(one('Le bilan officiel faisait état de douze blessés.', 'fr')?.claim).toBe('de douze blessés');
  });

  it('takes a multi-word present form: « fait état de »', () => {
    expect(one('Le syndicat fait état de trois cents grévistes.', 'fr')?.verb).toBe('fait état');
  });
});

describe('what is not an attribution', () => {
  it('skips the verb of a relative clause: "X, who has advised …, said"', () => {
    expect(one('Mara Velt, a geologist who has advised the ministry, said the wells were dry.')).toMatchObject({ source: 'Mara Velt', claim: 'the wells were dry' });
  });

  it('names no speaker in a passive without its agent', () => {
    expect(attributions('A curfew was announced in the capital on Friday.')).toEqual([]);
    expect(attributions('Un couvre-feu a été annoncé dans la capitale.', 'fr')).toEqual([]);
  });

  it('takes the agent of a reporting passive as the source, not of any passive', () => {
    expect(one('Their value was estimated at two million euros by auction experts.')).toMatchObject({ source: 'auction experts', sourceType: 'unnamed' });
    expect(attributions('La grève est soutenue par la CGT-Ports.', 'fr')).toEqual([]);
  });

  it('reads set phrases and sentences as no statement', () => {
    expect(attributions('Autrement dit, les électeurs ne choisiront plus le maire.', 'fr')).toEqual([]);
    expect(attributions('Le tribunal a condamné mardi un ancien préfet à huit ans de prison.', 'fr')).toEqual([]);
  });
});

describe('who speaks', () => {
  it('skips who was told: « a déclaré à l’AFP le ministre », "au micro de la radio"', () => {
    expect(one('« Nous reconstruirons », a déclaré à l’AFP le ministre des Travaux publics.', 'fr')?.source).toBe('le ministre des Travaux publics');
    expect(one('« La saison commence bien », a déclaré Tomasz Wilk au micro de la radio publique TVR.', 'fr')?.source).toBe('Tomasz Wilk');
  });

  it('reads the author of a document as the source', () => {
    expect(one('Selon un rapport publié par l’ONG Human Rights Watch, les détenus ont été battus.', 'fr')?.source).toBe('Human Rights Watch');
    expect(one('Le ministère de la Santé a publié un bilan. Selon le communiqué, neuf patients sont guéris.', 'fr')?.source).toBe('Ministère de la Santé');
  });

  it('keeps reading past an adverbial between commas: « a, de son côté, appelé »', () => {
    expect(one('Lisbonne a, de son côté, réclamé un scrutin « libre ».', 'fr')).toMatchObject({ source: 'Lisbonne', sourceType: 'government' });
  });

  it('finds the speaker after a clitic: « nous déclare-t-il »', () => {
    const found = attributions('Le maire Jonas Petit est inquiet. « Les digues ne tiendront pas », nous déclare-t-il.', 'fr');
    expect(found.at(-1)).toMatchObject({ source: 'Jonas Petit', quote: true });
  });

  it('reads a party tag after a name as part of the speaker, never a name of its own', () => {
    const record = extract('“The bill is bold,” Senate Leader Jane Marlow, D-Ore., said.', { lang: 'en' });
    expect(record.attributions[0]).toMatchObject({ source: 'Jane Marlow', claim: 'The bill is bold' });
    expect(record.actors.map((a) => a.name)).toEqual(['Jane Marlow']);
  });

  it('reads a plural common noun opening the sentence as an unnamed group, never a body: "Survivors reported…"', () => {
    expect(one('Shopkeepers reported that the ferry had listed before dawn.')).toMatchObject({ source: 'Shopkeepers', sourceType: 'unnamed' });
    expect(one('Climbers say the glacier shrank in May.')).toMatchObject({ source: 'Climbers', sourceType: 'unnamed' });
  });

  it('gives a "that" clause before an according-to phrase to its own speaker: "X reported that A, according to Y"', () => {
    expect(one('Witnesses reported that the ferry had listed before dawn, according to the port authority.')).toMatchObject({ source: 'Witnesses', verb: 'reported', claim: 'the ferry had listed before dawn' });
    expect(one('Los vecinos denunciaron que el río se desbordó, según la alcaldía de Tarma.', 'es')).toMatchObject({ source: 'Los vecinos', claim: 'el río se desbordó' });
  });

  it('gives a role without a name to an unnamed source', () => {
    expect(one('The head of the recovery effort said that no wreckage had been found.')).toMatchObject({ sourceType: 'unnamed', claim: 'no wreckage had been found' });
  });

  it('resolves a role anaphor to the last person of its gender', () => {
    const found = attributions('La romancière Maren Solberg a battu Pieter Jansen au dernier tour. « Ce prix est pour ma mère », a déclaré la lauréate.', 'fr');
    expect(found.at(-1)?.source).toBe('Maren Solberg');
  });
});

describe('speakers named once for several statements', () => {
  it('gives a headline-style "Name: words" line to that name', () => {
    expect(one('Central bank governor Ines Moreau: rates will stay high this year')).toMatchObject({ source: 'Ines Moreau', verb: ':' });
  });

  it('goes on with the same speaker after "adding"', () => {
    const found = attributions('The ministry said prices had peaked, adding that wages would rise.');
    expect(found.map((a) => a.claim)).toEqual(['prices had peaked', 'wages would rise']);
  });

  it('gives a quotation running over paragraphs to the speaker named at its end, whole per paragraph', () => {
    const text = ['The minister spoke after the vote.', '“We go step by step. Nothing is decided yet.', '“This is a fragile process,” Ms Lindqvist said.'].join('\n');
    const found = attributions(`Foreign minister Ana Lindqvist met her counterparts. ${text}`);
    expect(found.find((a) => a.claim.startsWith('We go step by step'))).toMatchObject({ source: 'Ana Lindqvist', quote: true, claim: 'We go step by step. Nothing is decided yet.' });
  });

  it('reads double quotes written as two single ones', () => {
    expect(one('‘’Le pays passe avant tout’’, a-t-il dit. ', 'fr')).toBeUndefined();
    expect(attributions('Le cinéaste Omar Haddad est rentré. ‘’Le pays passe avant tout’’, a-t-il dit.', 'fr')[0]).toMatchObject({ source: 'Omar Haddad', quote: true, claim: 'Le pays passe avant tout' });
  });
});

describe('confidence', () => {
  it('is higher for a named speaker than for a guessed one', () => {
    const named = one('Finance minister Olga Brandt said the deficit would shrink.');
    const guessed = one('Velmora said the deficit would shrink.');
    expect(named?.confidence).toBeGreaterThan(guessed?.confidence ?? 1);
  });
});
