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
  it('reads no report in « se déclarer » (a fire or an illness breaks out): « Un incendie s’est déclaré… »', () => {
    const fr = attributions('Un incendie s’est déclaré dans la nuit dans un entrepôt de Rouen, ont indiqué les secouristes.');
    expect(fr.map((a) => a.verb)).toEqual(['ont indiqué']);
    expect(attributions('Une épidémie de grippe se déclare chaque hiver dans la région.')).toEqual([]);
    const es = attributions('Un incendio se declaró el martes en una fábrica de Valencia, informó la policía.', 'es');
    expect(es.map((a) => a.verb)).toEqual(['informó']);
  });
  it('skips a relative clause: « Un responsable qui a requis l’anonymat estime que … »', () => {
    const [a] = attributions('Un responsable humanitaire qui a requis l’anonymat estime que seuls 15 % des besoins sont financés.');
    expect(a).toMatchObject({ sourceType: 'unnamed' });
    expect(a?.source).toContain('responsable humanitaire');
  });
  it('names the body after its noun: « Selon l’ONG Acled »', () => {
    expect(attributions('Selon l’ONG Acled, qui recense les violences, 2 100 civils ont été tués.')[0]).toMatchObject({ source: 'Acled', sourceType: 'organization' });
  });
  it('keeps a verb that carries meaning in `verb`, and only its object in the claim: "Pyongyang has denied involvement"', () => {
    const found = attributions('Pyongyang has repeatedly denied involvement in cyberattacks.', 'en')[0];
    expect(found?.verb).toContain('denied');
    expect(found?.claim).toBe('involvement in cyberattacks');
  });
});

describe('attribution claims read as the statement only', () => {
  const one = (text: string, lang = 'fr') => attributions(text, lang)[0];
  it('never starts a claim with the reporting verb’s participle: « a accusé », "has denied"', () => {
    const fr = one('Le Japon a accusé la Chine, puissance nucléaire, de menacer ses îles.');
    expect(fr?.claim).not.toMatch(/accusé|Japon/u);
    expect(fr?.claim).toContain('de menacer ses îles');
    const en = one('The ministry has denied any role in the blackout.', 'en');
    expect(en?.claim).not.toMatch(/denied|ministry/u);
    expect(en?.claim).toBe('any role in the blackout');
  });
  it('drops a leading adverbial: « pour la première fois », "on Monday that", "in a report last month that"', () => {
    expect(one('En mai, Ankara a affirmé pour la première fois avoir intercepté des drones.')?.claim).toBe('avoir intercepté des drones');
    expect(one('The agency said on Monday that exports had doubled.', 'en')?.claim).toBe('exports had doubled');
    expect(one('The World Bank estimated in a report last month that growth would slow.', 'en')?.claim).toBe('growth would slow');
  });
  it('drops the addressee: "told reporters that", « a déclaré à la presse que »', () => {
    expect(one('The minister told reporters that the border would reopen.', 'en')?.claim).toBe('the border would reopen');
    expect(one('Le ministre a déclaré à la presse que la frontière rouvrirait.')?.claim).toBe('la frontière rouvrirait');
  });
  it('gives a quotation after a short lead-in as the quoted words, with quote true', () => {
    const fr = attributions('Selon l’OMS, la maladie progresse. En outre, « les stocks de vaccins sont épuisés », a-t-elle ajouté.')[1];
    expect(fr).toMatchObject({ claim: 'les stocks de vaccins sont épuisés', quote: true });
    expect(one('“The roads are closed,” said the mayor, Ana Lopez.', 'en')).toMatchObject({ claim: 'The roads are closed', quote: true });
  });
  it('does not flag reported speech with a few quoted words as a quotation', () => {
    expect(one('The coach said his team had “played with fire” in the second half.', 'en')?.quote).toBe(false);
    expect(one('Le ministre a estimé que le rapport était « politique » et injuste.')?.quote).toBe(false);
  });
  it('keeps the statement when the speaker comes last with an addressee: "…, X told reporters after a meeting"', () => {
    const a = one('Exports rose 5% in March, Trade Minister Paul Kemp told reporters after a cabinet meeting.', 'en');
    expect(a).toMatchObject({ source: 'Paul Kemp', claim: 'Exports rose 5% in March' });
  });
  it('splits two speakers in one sentence and stops the first claim where the second starts', () => {
    const list = attributions('The union hailed the turnout as historic, while police said 3,000 people marched.', 'en');
    expect(list.map((a) => a.source)).toEqual(['The union', 'police']);
    expect(list[0]?.claim).not.toContain('police');
  });
  it('reads an unnamed document as a new source: "according to a government statement", « selon un communiqué du gouvernement »', () => {
    const en = attributions('The Red Cross said 40 people were hurt. The state will pay for repairs, according to a government statement.', 'en')[1];
    expect(en).toMatchObject({ sourceType: 'government' });
    expect(en?.source).toContain('government statement');
  });
  it('reads "A study by X found that…" with X as the source', () => {
    const a = one('A study by the Lancet Commission, a panel of doctors, found that air pollution kills millions.', 'en');
    expect(a?.source).toContain('Lancet Commission');
    expect(a?.claim).toBe('air pollution kills millions');
  });
});

describe('attributions: held-out error classes', () => {
  it('takes the name after an inverted verb, a title and a place: « a déclaré la représentante … à Dakar, Aminata Sow »', () => {
    expect(attributions('Le chantier avance, a déclaré la représentante de l’agence à Dakar, Aminata Sow.')[0]).toMatchObject({ source: 'Aminata Sow', sourceType: 'person' });
    expect(attributions('The work is on track, said the agency’s representative in Dakar, Aminata Sow.', 'en')[0]).toMatchObject({ source: 'Aminata Sow', sourceType: 'person' });
  });
  it('takes the named body in an apposition: « Son parti, l’Alliance …, a annoncé »', () => {
    const fr = attributions('Le président Macky Sall a salué le vote. Son parti, l’Alliance pour le renouveau (APR), a annoncé qu’il boycotterait le scrutin.');
    expect(fr.at(-1)).toMatchObject({ source: 'Alliance pour le renouveau', sourceType: 'organization' });
    const en = attributions('John Carter welcomed the vote. Its rival, the National Front, said it would boycott the poll.', 'en');
    expect(en.at(-1)).toMatchObject({ source: 'National Front', sourceType: 'organization' });
  });
  it('keeps an indefinite subject over a person it names: « un diplomate proche de X »', () => {
    const list = attributions('Le ministre Paul Biya a salué l’accord. Un diplomate occidental proche de Paul Biya a estimé que l’accord était fragile.');
    expect(list.at(-1)).toMatchObject({ sourceType: 'unnamed' });
    expect(list.at(-1)?.source).toMatch(/^Un diplomate occidental/u);
  });
  it('resolves a body anaphor to a named body holding its words, else keeps it', () => {
    expect(attributions('La Fédération norvégienne de ski a suspendu l’athlète. Selon la fédération norvégienne, le contrôle était positif.')[0]).toMatchObject({ source: 'Fédération norvégienne de ski' });
    expect(attributions('Selon la fédération norvégienne, le contrôle était positif.')[0]).toMatchObject({ source: 'la fédération norvégienne', sourceType: 'organization' });
  });
  it('types places, press services and generic groups', () => {
    expect(attributions('Neighbouring Ecuador said it would close the border.', 'en')[0]).toMatchObject({ sourceType: 'government' });
    expect(attributions('The presidential press service said the meeting went well.', 'en')[0]).toMatchObject({ sourceType: 'government' });
    expect(attributions('Environmental groups said the mine would pollute rivers.', 'en')[0]).toMatchObject({ sourceType: 'unnamed' });
    expect(attributions('Des organisations écologistes ont affirmé que la mine polluait les rivières.')[0]).toMatchObject({ sourceType: 'unnamed' });
  });
});
