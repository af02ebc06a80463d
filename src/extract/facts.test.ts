import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const facts = (text: string, lang = 'en') => extract(text, { lang }).facts.map((f) => f.text);

describe('facts', () => {
  it('puts the lede first, past an editorial note, in English and in French', () => {
    const en = facts(
      "Editor's note: figures still to be confirmed.\nThe central bank raised its key rate to 5% on Monday, the governor said.\nInflation reached 7% in May, according to the statistics office.\nThe finance minister, Jane Doe, said the government would cut spending by $2bn.",
    );
    expect(en[0]).toMatch(/^The central bank raised/u);
    expect(en.join(' ')).not.toContain("Editor's note");
    const fr = facts(
      'Note de la rédaction : chiffres à confirmer.\nLa banque centrale a relevé son taux directeur à 5 % lundi, a indiqué le gouverneur.\nL’inflation a atteint 7 % en mai, selon l’institut de statistique.\nLe ministre des Finances, Jean Dupont, a annoncé 2 milliards d’euros d’économies.',
      'fr',
    );
    expect(fr[0]).toMatch(/^La banque centrale a relevé/u);
    expect(fr.join(' ')).not.toContain('Note de la rédaction');
  });
  it('leaves out a line that only introduces a list', () => {
    const list = facts(
      'Germany returned 24 objects to Cameroon on Tuesday, the culture minister said.\nThe objects returned include:\nA throne worth $2m was the most valuable piece, according to the museum.\nThe museum said 40,000 more objects remain in German collections.',
    );
    expect(list).not.toContain('The objects returned include:');
  });
  it('keeps facts in reading order with no near-repeats', () => {
    const list = facts(
      'Floods killed 14 people in Senegal on Sunday, the interior ministry said.\nThe interior ministry said floods killed 14 people in Senegal on Sunday.\nAbout 1,200 homes were damaged, according to the civil protection.\nThe World Food Programme said 45,000 people need aid.',
    );
    expect(list.filter((t) => /killed 14 people/u.test(t))).toHaveLength(1);
    const order = list.map((t) => ['Floods', 'About', 'The World'].findIndex((w) => t.startsWith(w)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
