import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const one = (text: string, lang = 'fr') => extract(text, { lang }).attributions[0];
const topics = (text: string, lang = 'fr') => extract(text, { lang }).topics.map((t) => t.id);

describe('inverted and participial reporting clauses', () => {
  it('takes the noun phrase after an inverted verb, past a day or an addressee', () => {
    expect(one('Deux hommes ont été arrêtés à Gand, a indiqué le parquet fédéral.')).toMatchObject({ source: 'le parquet fédéral', sourceType: 'organization' });
    expect(one('Le milieu restera trois saisons, a annoncé jeudi le club espagnol.')).toMatchObject({ source: 'le club espagnol' });
    expect(one('La banque a annoncé jeudi un bénéfice net de 310 millions d’euros.')?.source).toBe('La banque');
    expect(one('La fonte s’accélère, rappellent les chercheurs.')).toMatchObject({ source: 'les chercheurs', sourceType: 'unnamed' });
    expect(one('Le pays, frappé par la crise, accuse le gouvernement voisin.')).toBeUndefined();
  });
  it('reads new verbs and speakers in both languages', () => {
    expect(one('« Tout reste possible », a nuancé le ministre des Sports.')).toMatchObject({ sourceType: 'person', verb: 'a nuancé' });
    expect(one('Un traité sera signé en juin, ont annoncé les deux gouvernements.')).toMatchObject({ sourceType: 'government' });
    expect(one('« Je reste », a déclaré le joueur.')).toMatchObject({ source: 'le joueur', sourceType: 'person' });
    expect(one('The authors reported that sea ice had thinned.', 'en')).toMatchObject({ source: 'The authors', sourceType: 'unnamed' });
  });
  it('gives a participle ("saying", « estimant ») the subject of the main clause', () => {
    expect(one('The firm shed 120 jobs, saying orders had dried up.', 'en')).toMatchObject({ source: 'The firm', verb: 'saying', claim: 'orders had dried up' });
    expect(one('Le ministre de l’Intérieur a démissionné, estimant que sa réforme avait échoué.')).toMatchObject({ source: 'Le ministre de l’Intérieur', claim: 'sa réforme avait échoué' });
  });
  it('reads an inverted verb right after the closing quotation mark, with no comma: « « … » a dénoncé X »', () => {
    expect(one('« Le port a choisi la rupture » a dénoncé la CFDT-Docks dans un communiqué.')).toMatchObject({ source: 'CFDT-Docks', verb: 'a dénoncé', claim: 'Le port a choisi la rupture', quote: true });
    expect(one('"La direction ferme trois ateliers" pour les marins a surtout déploré la CFDT-Docks lundi.')).toMatchObject({ source: 'CFDT-Docks', claim: 'La direction ferme trois ateliers' });
    expect(one('"No vamos a ceder" dijo el sindicato portuario en un comunicado.', 'es')).toMatchObject({ source: 'el sindicato portuario', claim: 'No vamos a ceder' });
    // A quotation inside the subject names no speaker; a pronoun after the mark is subjectVerb's.
    expect(one('Le rapport « Quais 2040 » a dénoncé le manque de grues.')).toBeUndefined();
    expect(one('Port chief Ana Vell spoke on Monday. “Cranes will be idle all week” she said in a statement.', 'en')).toMatchObject({ source: 'Ana Vell', verb: 'said' });
  });
  it('names the outlet after its descriptor: « selon le quotidien sportif X »', () => {
    expect(one('Selon le quotidien sportif Kicker, le défenseur partira cet été.')).toMatchObject({ source: 'Kicker', sourceType: 'media' });
  });
});

describe('a clause opened by "as" with a speaker', () => {
  it('gives the speaker the quotation after a colon: « …, comme le précise X : « … » »', () => {
    expect(one('Le lac abrite des algues rares comme le précise Paul Vandel, guide du parc dans un billet du musée : « Nous avons compté trois algues inconnues. »')).toMatchObject({
      source: 'Paul Vandel',
      verb: 'précise',
      claim: 'Nous avons compté trois algues inconnues',
      quote: true,
    });
  });
  it('gives the speaker the main clause before or after it, in each word order', () => {
    expect(one('Les algues prolifèrent, comme l’a expliqué Paul Vandel.')).toMatchObject({ source: 'Paul Vandel', claim: 'Les algues prolifèrent' });
    expect(one('Como explicó Julio Berón, "el lago tiene algas nuevas".', 'es')).toMatchObject({ source: 'Julio Berón', claim: 'el lago tiene algas nuevas' });
    expect(one('El lago tiene algas nuevas, tal como lo señaló Julio Berón.', 'es')).toMatchObject({ source: 'Julio Berón', claim: 'El lago tiene algas nuevas' });
    expect(one('The algae are spreading fast, as Jane Roe explained.', 'en')).toMatchObject({ source: 'Jane Roe', claim: 'The algae are spreading fast' });
  });
  it('reads no speaker where "as" holds no reporting verb or no source', () => {
    expect(one('Comme prévu, la ministre Anne Sorel a démissionné.')?.verb).not.toBe('prévu');
    expect(one('Il pêche comme le faisait son père.')).toBeUndefined();
    expect(one('As expected, the lake froze early.', 'en')).toBeUndefined();
  });
});

describe('a sentence that points back at a quotation', () => {
  it('gives the quotation before it to the speaker named after « Así se expresó », « C’est ce qu’a affirmé », "So said"', () => {
    const es = extract('"Vendí mis cabras para pagar el viaje. No me queda nada" en la aldea.\nAsí se expresó Marta, nombre cambiado, al hablar con la prensa local.', { lang: 'es' }).attributions;
    expect(es).toMatchObject([{ source: 'Marta', claim: 'Vendí mis cabras para pagar el viaje. No me queda nada', quote: true, sentence: 0 }]);
    expect(one('« Le barrage tiendra tout l’hiver. »\nC’est ce qu’a affirmé Paul Vandel, ingénieur du chantier, lundi.')).toMatchObject({ source: 'Paul Vandel', claim: 'Le barrage tiendra tout l’hiver' });
    expect(one('“The dam will hold all winter.”\nSo said Jane Roe, the site engineer, on Monday.', 'en')).toMatchObject({ source: 'Jane Roe', claim: 'The dam will hold all winter' });
  });
  it('gives nothing when the words before are no quotation, or have a speaker already', () => {
    expect(one('El embalse está lleno.\nAsí lo confirmó Julio Berón.', 'es')).toBeUndefined();
    expect(extract('"El embalse está lleno", dijo Marta Ruiz.\nAsí lo confirmó también Julio Berón.', { lang: 'es' }).attributions.map((a) => a.source)).toEqual(['Marta Ruiz']);
  });
});

describe('ambiguous topic cues read in context', () => {
  it('a clinical trial is health, not crime or sport', () => {
    expect(topics('A vaccine trial enrolled 3,000 participants. Patients on the drug had fewer infections.', 'en')[0]).toBe('health');
    expect(topics('Un essai clinique a inclus 3 000 participants. Les patients traités ont eu moins d’infections.')).not.toContain('sport');
  });
  it('a transfer is sport, not labour; a striker is not a strike', () => {
    expect(topics('The striker agreed a four-year contract after his transfer. The club paid the player a record salary.', 'en')).not.toContain('labour');
    expect(topics('L’attaquant a signé un contrat de quatre ans après son transfert. Le club versera au joueur un salaire record.')).not.toContain('labour');
  });
  it('a customs officer taking bribes is crime; the rainy season is only a setting', () => {
    expect(topics('Un douanier a été interpellé pour corruption après avoir touché des pots-de-vin.')[0]).toBe('crime-law-and-justice');
    expect(topics('Le paludisme progresse pendant la saison des pluies. Les hôpitaux manquent de traitements.')[0]).toBe('health');
  });
  it('a glacier study is environment and science, not weather', () => {
    const en = topics('Glaciers in the Andes lost a fifth of their ice, researchers said. The study, published in the journal Science, links the melting to warmer temperatures and less snow.', 'en');
    expect(en.slice(0, 2).sort()).toEqual(['environment', 'science-and-technology']);
    const fr = topics('Les glaciers andins ont perdu un cinquième de leur glace, selon une étude publiée dans une revue scientifique. Les chercheurs lient la fonte à la hausse des températures et au recul de la neige.');
    expect(fr).toContain('environment');
    expect(fr).not.toContain('weather');
  });
});
