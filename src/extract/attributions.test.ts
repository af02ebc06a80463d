import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const attributions = (text: string, lang = 'fr') => extract(text, { lang }).attributions;

describe('attributions', () => {
  it('reads a trailing clause with the verb first: « …, a rapporté, jeudi, un média d’Etat »', () => {
    const [a] = attributions('Kim a promis un « soutien inconditionnel » à Moscou, a rapporté, jeudi, un média d’Etat.');
    expect(a).toMatchObject({ source: 'un média d’Etat', sourceType: 'media', verb: 'a rapporté' });
    expect(a?.claim).toContain('soutien inconditionnel');
  });
  it('resolves « a-t-il déclaré » to the last named source and flags the quote', () => {
    const list = attributions('Selon l’OMS, la maladie progresse. « Nous manquons de vaccins », a-t-il déclaré.');
    expect(list[1]).toMatchObject({ source: 'OMS', sourceType: 'organization', quote: true });
  });
  it('reads subject and verb: « Pyongyang a affirmé … » is the government speaking', () => {
    const [a] = attributions('En avril, Pyongyang a affirmé avoir déployé des troupes.');
    expect(a).toMatchObject({ source: 'Pyongyang', sourceType: 'government' });
  });
  it('resolves « Selon le groupe » to the body named before', () => {
    const list = attributions('Un organisme de surveillance a condamné les livraisons. Selon le groupe, neuf millions d’obus ont été livrés.');
    expect(list[1]?.source).toBe(list[0]?.source);
    expect(list[1]?.sourceType).toBe('organization');
  });
  it('reads English "said X" and "X said" with the person as an actor', () => {
    const [a] = attributions('“The camps are full,” said UNHCR spokesman Idriss Mahamat.', 'en');
    expect(a).toMatchObject({ source: 'Idriss Mahamat', sourceType: 'person', quote: true });
    expect(a?.actor).toBe('idriss-mahamat');
    const [b] = attributions('Clearing rose 6% over the period, INPE said.', 'en');
    expect(b).toMatchObject({ source: 'INPE', verb: 'said' });
  });
  it('keeps unnamed sources: « une source diplomatique », "officials who asked not to be named"', () => {
    expect(attributions('Le pays a demandé de l’aide, a indiqué une source diplomatique.')[0]).toMatchObject({ sourceType: 'unnamed' });
    expect(attributions('A senior official who asked not to be named said the talks had failed.', 'en')[0]).toMatchObject({ sourceType: 'unnamed' });
  });
  it('reads « according to » and « d’après »', () => {
    expect(attributions('According to the World Bank, growth will slow.', 'en')[0]).toMatchObject({ verb: 'According to', sourceType: 'organization' });
    expect(attributions('D’après le ministère de la Santé, 40 personnes sont mortes.')[0]).toMatchObject({ sourceType: 'government' });
  });
  it('never gives a bare pronoun as a source', () => {
    expect(attributions('« Nous partons », a-t-il déclaré.')).toEqual([]);
  });
});

describe('attributions: more shapes', () => {
  it('finds a second speaker after ", while …"', () => {
    const list = attributions('The union said 150,000 people took part, while police put the figure at 40,000.', 'en');
    expect(list.map((a) => a.source)).toEqual(['The union', 'police']);
  });
  it('takes the subject before an apposition: "X, a hydrologist who …, said"', () => {
    const [a] = attributions('Jordan Mitchell, a hydrologist who has advised the government, said some aquifers were falling.', 'en');
    expect(a).toMatchObject({ source: 'Jordan Mitchell', sourceType: 'person' });
  });
  it('reads reflexive French verbs: « s’est félicité le président Lula »', () => {
    const [a] = attributions('« Le Brésil est de retour », s’est félicité le président Luiz Inácio Lula da Silva.');
    expect(a).toMatchObject({ source: 'Luiz Inácio Lula da Silva', sourceType: 'person', quote: true });
  });
  it('skips a relative clause: « Un responsable qui a requis l’anonymat estime que … »', () => {
    const [a] = attributions('Un responsable humanitaire qui a requis l’anonymat estime que seuls 15 % des besoins sont financés.');
    expect(a).toMatchObject({ sourceType: 'unnamed' });
    expect(a?.source).toContain('responsable humanitaire');
  });
  it('names the body after its noun: « Selon l’ONG Acled »', () => {
    expect(attributions('Selon l’ONG Acled, qui recense les violences, 2 100 civils ont été tués.')[0]).toMatchObject({ source: 'Acled', sourceType: 'organization' });
  });
  it('keeps a verb that carries meaning in the claim: "Pyongyang has denied involvement"', () => {
    expect(attributions('Pyongyang has repeatedly denied involvement in cyberattacks.', 'en')[0]?.claim).toContain('denied involvement');
  });
});
