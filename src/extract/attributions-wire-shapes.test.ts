import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;

describe('a name right after an according-to phrase’s comma', () => {
  it('is the subject of the clause that follows, not the source, when a word follows it', () => {
    const en = all('Tobias Renner, 61, was jailed on Friday. According to court papers, Renner moved 30 cargoes through a shell firm.');
    expect(en.find((a) => a.verb === 'According to')).toMatchObject({ source: 'court papers', claim: 'Renner moved 30 cargoes through a shell firm' });
    const fr = all('Lucien Favre, 58 ans, a été condamné jeudi. Selon les pièces du dossier, Favre a détourné 12 millions d’euros en six ans.', 'fr');
    expect(fr.find((a) => a.verb === 'Selon')?.source).not.toBe('Lucien Favre');
  });
  it('is still the source when it closes the phrase: "according to the port’s director, Ana Ruiz."', () => {
    expect(all('The ferry will resume on Monday, according to the port’s director, Ana Ruiz.')[0]).toMatchObject({ source: 'Ana Ruiz' });
  });
});

describe('a name inside a clause that describes the speaking noun', () => {
  it('is that clause’s object: "A union representing X staff said…" is the union’s word', () => {
    const found = all('Shipbuilder Harlow Marine said on Tuesday it would close two yards. A union representing Harlow Marine welders said it had not been warned.');
    expect(found.find((a) => a.claim === 'it had not been warned')?.source).toBe('A union representing Harlow Marine welders');
  });
  it('holds for a person: "A charity advising X said…" is the charity’s word', () => {
    const found = all('The trial of Mara Quentin opened on Monday. A charity advising Mara Quentin said it would pay her legal costs.');
    expect(found.find((a) => a.verb === 'said')?.source).toBe('A charity advising Mara Quentin');
  });
});

describe('"X was quoted by a newspaper as saying…"', () => {
  it('gives the words after "as saying" to the subject, never the newspaper', () => {
    const found = all('Fisheries minister Tom Araki visited the port on Monday. Araki was quoted by the Coastal Herald as saying the quota would be cut by a third.');
    expect(found.find((a) => a.claim.includes('quota'))).toMatchObject({ source: 'Tom Araki', claim: 'the quota would be cut by a third' });
    expect(found.map((a) => a.source)).not.toContain('Coastal Herald');
  });
  it('leaves a trailing "quoted by" phrase to the newspaper it names', () => {
    expect(all('The quota will be cut by a third, quoted by the Coastal Herald.')[0]?.source).toBe('Coastal Herald');
  });
});

describe('a title, then a name set off by commas, then the reporting verb', () => {
  it('closes an unquoted statement: "…, the agency’s director, X, said."', () => {
    const found = all('River levels will keep falling until the rains return, the water agency’s director, Hilda Mwansa, said on Monday.');
    expect(found[0]).toMatchObject({ source: 'Hilda Mwansa', verb: 'said', claim: 'River levels will keep falling until the rains return' });
  });
  it('"…, its director, X, told a news conference": the statement is the claim, not who was told', () => {
    const found = all('The port expects fewer ships until March, its director, Hilda Mwansa, told a news conference.');
    expect(found[0]).toMatchObject({ source: 'Hilda Mwansa', claim: 'The port expects fewer ships until March' });
  });
});

describe('", but" and a verb with no subject after a reported clause', () => {
  it('is the speaker’s second predicate, cut from the claim, in each language', () => {
    expect(all('Coastguards said three sailors had been rescued off the cape, but gave no further details.')[0]?.claim).toBe('three sailors had been rescued off the cape');
    expect(all('La gendarmerie a indiqué que trois marins avaient été secourus, mais n’a pas précisé leur état.', 'fr')[0]?.claim).toBe('trois marins avaient été secourus');
    expect(all('La guardia costera informó que tres marineros fueron rescatados, pero no precisó su estado.', 'es')[0]?.claim).toBe('tres marineros fueron rescatados');
  });
  it('guard: an auxiliary or "and" after the comma goes on with the reported clause', () => {
    expect(all('Coastguards said two bodies had been found, but had not been named.')[0]?.claim).toBe('two bodies had been found, but had not been named');
    expect(all('The agency said it had fined 40 boats, and seized their nets.')[0]?.claim).toBe('it had fined 40 boats, and seized their nets');
  });
});

describe('a pronoun after a sentence that opens on a role with any verb', () => {
  it('stands for that role, not for an older speaker', () => {
    const en = all('"The dykes are holding," Colonel Ruth Ambe said. She urged residents to stay indoors. The governor toured the flooded villages on Sunday. He promised that every school would reopen by March.');
    expect(en.find((a) => a.verb === 'promised')?.source).toBe('The governor');
    const es = all('"Los diques resisten", dijo la coronel Ruth Ambe. El gobernador recorrió el domingo los pueblos inundados. Prometió que todas las escuelas reabrirán en marzo.', 'es');
    expect(es.find((a) => a.verb === 'Prometió')?.source).toBe('El gobernador');
  });
  it('« Le chef de l’État s’est rendu… Il a promis… »: a place in the role’s complement does not undo it', () => {
    const fr = all(
      '« Les digues tiennent », a déclaré le colonel Marc Ambe. Il a appelé les habitants à rester chez eux. Le chef de l’État s’est rendu dimanche dans les villages inondés. Il a promis que les écoles rouvriraient en mars.',
      'fr',
    );
    expect(fr.find((a) => a.verb === 'a promis')?.source).toBe('Le chef de l’État');
  });
});

describe('"X did A and said <a clause with no that>"', () => {
  it('is a second attribution of the same speaker; the first claim stops before "and"', () => {
    const found = all('Transport Minister Ivo Tamm criticised the strike as "reckless" and said the company’s latest pay offer remained open until Friday.');
    expect(found.map((a) => [a.verb, a.claim])).toEqual([
      ['criticised', 'the strike as "reckless"'],
      ['said', 'the company’s latest pay offer remained open until Friday'],
    ]);
  });
  it('guard: an infinitive after the object is no clause ("and rejected a plan to close…")', () => {
    const found = all('The mayor said the depot would stay open and rejected a plan to close two bus lines.');
    expect(found.map((a) => a.verb)).toEqual(['said']);
  });
});
