import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'fr') => extract(text, { lang }).attributions;
const one = (text: string, lang = 'fr') => all(text, lang)[0];
const topics = (text: string, lang = 'fr') => extract(text, { lang }).topics.map((t) => t.id);

describe('inverted speakers named only by a role noun', () => {
  it('credits the jury, not the previous body', () => {
    const a = all('La fondation a publié la liste. « C’est un livre majeur », a annoncé le jury.');
    expect(a.find((x) => x.claim.includes('livre majeur'))).toMatchObject({ source: 'le jury', sourceType: 'organization' });
    const b = all('The Booker Foundation announced the shortlist. "It is a remarkable novel," the jury said.', 'en');
    expect(b.find((x) => x.claim.includes('remarkable'))).toMatchObject({ source: 'the jury', sourceType: 'organization' });
  });
  it('resolves « la lauréate » to the prize winner named before', () => {
    const a = all('La romancière Awa Diallo a reçu le prix des lectrices. « Je suis bouleversée », a déclaré la lauréate.');
    expect(a.find((x) => x.claim.includes('bouleversée'))).toMatchObject({ source: 'Awa Diallo', sourceType: 'person' });
  });
  it('keeps an unnamed spokesman or judge as the role', () => {
    expect(one('« Aucun cas n’a été confirmé », a expliqué le porte-parole.')).toMatchObject({ source: 'le porte-parole', sourceType: 'person' });
    expect(one('"The sentence is fair," said the judge.', 'en')).toMatchObject({ source: 'the judge', sourceType: 'person' });
  });
});

describe('management and documents as sources', () => {
  it('reads « la direction de X » / "the management of X" as an organisation', () => {
    expect(one('D’après la direction du port, le trafic a chuté de 20 %.')).toMatchObject({ source: 'la direction du port', sourceType: 'organization' });
    expect(one('According to the management of the port, traffic fell by 20%.', 'en')).toMatchObject({ sourceType: 'organization', claim: 'traffic fell by 20%' });
  });
  it('takes an indictment, a ruling or a report as the source', () => {
    expect(one('Selon l’acte d’accusation, il a détourné 3 millions de francs.')).toMatchObject({ source: 'l’acte d’accusation', sourceType: 'organization' });
    expect(one('Selon l’accusation, il a détourné 3 millions de francs.')).toMatchObject({ source: 'l’accusation', sourceType: 'organization' });
    expect(one('Le jugement indique que la société devra payer une amende.')).toMatchObject({ source: 'Le jugement', sourceType: 'organization' });
    expect(one('According to the indictment, he diverted $3 million.', 'en')).toMatchObject({ source: 'the indictment', sourceType: 'organization' });
    expect(one('The defendant was jailed, the ruling said.', 'en')).toMatchObject({ source: 'the ruling', sourceType: 'organization' });
    expect(one('Poverty rose sharply last year, the report said.', 'en')).toMatchObject({ source: 'the report', sourceType: 'organization', claim: 'Poverty rose sharply last year' });
  });
});

describe('participles and hyphenated first names', () => {
  it('gives « avertissant » / "warning" to the subject of the main clause', () => {
    expect(one('Le syndicat a appelé à une nouvelle grève lundi, avertissant que le port fermerait.')?.source).toBe('Le syndicat');
    expect(one('The union called a new strike on Monday, warning that the port would close.', 'en')?.source).toBe('The union');
    expect(one('The minister resigned on Friday, adding that the reform had failed.', 'en')).toMatchObject({ source: 'The minister', claim: 'the reform had failed' });
  });
  it('takes a hyphenated first name after « selon » as a person', () => {
    expect(one('Selon Marie-Claire Bule, le projet sera abandonné.')).toMatchObject({ source: 'Marie-Claire Bule', sourceType: 'person' });
    expect(one('Marie-Claire Bule a déclaré que le projet serait abandonné.')).toMatchObject({ source: 'Marie-Claire Bule', sourceType: 'person' });
    expect(one('According to Jean-Pierre Kaboré, the project would be abandoned.', 'en')).toMatchObject({ sourceType: 'person' });
  });
});

describe('topics for prizes, budgets and port strikes', () => {
  it('puts a literary prize or a book fair under arts first', () => {
    expect(topics('Le prix Goncourt a été décerné mardi à Awa Diallo pour son roman. La lauréate a remercié le jury. Les familles de lecteurs ont salué le choix.')[0]).toBe('arts-culture-entertainment-and-media');
    expect(topics('The Booker Prize went to a debut novel. The author thanked her publisher and the jury. Families of readers welcomed the choice.', 'en')[0]).toBe('arts-culture-entertainment-and-media');
    expect(topics('Le Salon du livre de Dakar ouvre ses portes. Une exposition présente des écrivains africains.')[0]).toBe('arts-culture-entertainment-and-media');
  });
  it('puts a national budget under politics and economy, not society', () => {
    const fr = topics('Le ministre des Finances a présenté le budget 2025 à l’Assemblée. Le projet de loi de finances prévoit de nouvelles mesures fiscales et une hausse de la TVA pour les ménages.');
    expect(fr.slice(0, 2).sort()).toEqual(['economy-business-and-finance', 'politics']);
    const en = topics('The finance minister presented the national budget to parliament. It includes tax measures and a VAT rise for households and families.', 'en');
    expect(en.slice(0, 2).sort()).toEqual(['economy-business-and-finance', 'politics']);
  });
  it('puts a dockers’ strike under labour, then economy', () => {
    expect(topics('Les dockers du port de Dakar sont en grève depuis lundi. Le syndicat réclame des hausses de salaire ; le trafic de conteneurs est paralysé.')).toEqual(['labour', 'economy-business-and-finance']);
    const en = topics('Dockers at the port of Mombasa went on strike on Monday. The union demands higher wages; container traffic and cargo shipping are paralysed.', 'en');
    expect(en[0]).toBe('labour');
    expect(en).not.toContain('politics');
  });
});

describe('the source named before its role in an "according to" phrase', () => {
  it('credits the name, not the role set off after it', () => {
    expect(one('La reunión terminó sin acuerdo, según Laura Domínguez, portavoz del grupo.', 'es')).toMatchObject({ source: 'Laura Domínguez', sourceType: 'person' });
    expect(one('La réunion s’est terminée sans accord, selon Laure Dumas, porte-parole du groupe.')).toMatchObject({ source: 'Laure Dumas', sourceType: 'person' });
  });

  it('still prefers a name set off after a role noun: « según el director del puerto, Ana Ruiz »', () => {
    expect(one('El tráfico cayó un tercio, según el director del puerto, Ana Ruiz.', 'es')).toMatchObject({ source: 'Ana Ruiz', sourceType: 'person' });
  });
});

describe('claims after a statement adverbial', () => {
  it('starts the claim after the "that" that follows a participle describing the statement', () => {
    expect(one('The ministry said on Thursday in a statement released in Geneva that the talks had failed.', 'en')).toMatchObject({ claim: 'the talks had failed' });
    expect(one('Le ministère a indiqué dans un communiqué diffusé jeudi que les négociations avaient échoué.')).toMatchObject({ claim: 'les négociations avaient échoué' });
  });

  it('keeps no attribution when only the statement and its participle follow the verb', () => {
    expect(all('The government responded on Thursday in a statement published in Geneva.', 'en')).toEqual([]);
    expect(all('Le gouvernement a réagi jeudi dans un communiqué publié à Rouen.')).toEqual([]);
    expect(all('Le ministère a réagi jeudi dans un communiqué.')).toEqual([]);
  });
});
