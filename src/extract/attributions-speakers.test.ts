import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions.map((a) => ({ source: a.source, claim: a.claim, verb: a.verb }));

describe('a speaker named after the quotation, past an apposition', () => {
  it('"…," Name, a long apposition, told the outlet: the named person speaks, not the outlet', () => {
    const found = all('"We have never seen the river this high," Hannah Pike, the head of the local farmers\' union, told the BBC.');
    expect(found).toEqual([{ source: 'Hannah Pike', claim: 'We have never seen the river this high', verb: 'told' }]);
  });
  it('"…," the role, Name, said in a place: the quotation is the claim, not the place', () => {
    expect(all('“We need more boats,” the mayor, Ana Ruiz, warned in Ostwick.')).toEqual([{ source: 'Ana Ruiz', claim: 'We need more boats', verb: 'warned' }]);
  });
  it('the same with "said" closing the sentence', () => {
    const found = all('"The harvest is lost," Omar Tessler, who farms near the dam, said.');
    expect(found).toEqual([{ source: 'Omar Tessler', claim: 'The harvest is lost', verb: 'said' }]);
  });
  it('the one who was told is never the speaker, even with no one named before', () => {
    expect(all('The bridge will stay shut until spring, told the local radio.').map((a) => a.source)).not.toContain('the local radio');
  });
});

describe('a speaker named right after who was told', () => {
  it('« a affirmé à l’AFP Name, role » and « dijo a EFE Name, role »: the named person speaks, not the role', () => {
    expect(all('« Les dépôts sont vides », a affirmé à l’AFP Julien Marchal, délégué syndical du site, qui réclame une réunion.', 'fr').map((a) => a.source)).toEqual(['Julien Marchal']);
    expect(all('"Los almacenes están vacíos", dijo a EFE Inés Gallardo, portavoz de la cooperativa.', 'es').map((a) => a.source)).toEqual(['Inés Gallardo']);
  });
});

describe('the outlet where words were said', () => {
  it('is no part of the claim: « a dénoncé sur France Inter une… », « denunció en Radio Sur una… »', () => {
    expect(all('La préfète Odile Brenner a dénoncé sur France Inter une fermeture « brutale ».', 'fr').map((a) => a.claim)).toEqual(['une fermeture « brutale »']);
    expect(all('El alcalde Tomás Rueda denunció en Radio Sur Andina un cierre injustificado.', 'es').map((a) => a.claim)).toEqual(['un cierre injustificado']);
  });
  it('is never the speaker named after it: « …, a estimé sur la radio Onde Bleue le préfet »', () => {
    expect(all('« La digue tiendra », a estimé sur la radio Onde Bleue le préfet.', 'fr').map((a) => a.source)).toEqual(['le préfet']);
  });
});

describe('a second speaker after a splitter that ends in "que"', () => {
  it('« …, tandis que X a averti que… », « …, mientras que X advirtió que… »: two speakers, two claims', () => {
    expect(all('La Chambre des métiers a réclamé des aides, tandis que la Fédération des boulangers a averti que les prix monteraient.', 'fr').map((a) => [a.source, a.claim])).toEqual([
      ['Chambre des métiers', 'des aides'],
      ['Fédération des boulangers', 'les prix monteraient'],
    ]);
    expect(all('La Cámara de Pesca pidió más controles, mientras que la Federación de Armadores advirtió que la flota se reduce.', 'es').map((a) => [a.source, a.claim])).toEqual([
      ['Cámara de Pesca', 'más controles'],
      ['Federación de Armadores', 'la flota se reduce'],
    ]);
  });
  it('never when the first clause reports nothing (« X a fermé…, tandis que Y prévoit d’en construire »)', () => {
    expect(all('La Norvège a fermé deux usines, tandis que la Suède prévoit d’en construire trois.', 'fr')).toEqual([]);
  });
});

describe("a reporting verb's form used as a noun", () => {
  it('"the lawyer for the accused, Name, said", « l’avocate de l’accusé, Me Name, a dénoncé », « el abogado del acusado, Name, denunció »: the named lawyer speaks', () => {
    expect(all('The lawyer for the accused, Nora Blythe, said the trial was unfair.').map((a) => [a.source, a.claim])).toEqual([['Nora Blythe', 'the trial was unfair']]);
    expect(all('L’avocate de l’accusé, Me Agnès Roussel, a dénoncé un dossier « vide ».', 'fr').map((a) => a.source)).toEqual(['Agnès Roussel']);
    expect(all('El abogado del acusado, Óscar Benítez, denunció un juicio injusto.', 'es').map((a) => a.source)).toEqual(['Óscar Benítez']);
  });
  it('stays a verb after an object pronoun (« Paul Roy les accuse d’avoir menti »)', () => {
    expect(all('Le maire Paul Roy les accuse d’avoir menti.', 'fr').map((a) => a.source)).toEqual(['Paul Roy']);
  });
});

describe("a subordinate clause's subject", () => {
  it('speaks without the main clause before it: "rose 9% on Monday after the company said…"', () => {
    // ("the company" is the brewer named before it.)
    expect(all('Shares in Kestrel Breweries rose 9% on Monday after the company said it would close two plants.').map((a) => a.source)).toEqual(['Kestrel Breweries']);
  });
});

describe('an aside between the verb and "that"', () => {
  it('is no part of the claim: « a rappelé, comme après chaque course, que… »', () => {
    expect(all('Le comité a rappelé, comme après chaque course, que des contrôles avaient été faits.', 'fr').map((a) => a.claim)).toEqual(['des contrôles avaient été faits']);
    expect(all('The panel said, as after every race, that samples had been taken.').map((a) => a.claim)).toEqual(['samples had been taken']);
  });
});

describe('"it said" after a clause whose subject is a body', () => {
  it('the body that opens the clause speaks, not the last source', () => {
    const found = all('Mayor Tom Brennan told the Ostwick Gazette the roads would reopen on Friday.\nThe regional water authority is checking every levee along the valley, it said in a statement.');
    expect(found[1]).toMatchObject({ source: 'The regional water authority', claim: 'The regional water authority is checking every levee along the valley' });
  });
  it('with no body opening the clause, "it" still goes to the last body that spoke', () => {
    const found = all('The Ostwick water board said the river would peak overnight.\nMore rain is expected on Thursday, it said.');
    expect(found[1]?.source).toBe('The Ostwick water board');
  });
});

describe('a second reporting verb joined by "and" / « et » keeps the speaker', () => {
  it('splits "noted that A and warned that B" into two claims of one speaker', () => {
    const found = all('Mayor Tom Brennan noted that the levees had held and warned that more rain could fall on Thursday.');
    expect(found).toEqual([
      { source: 'Tom Brennan', claim: 'the levees had held', verb: 'noted' },
      { source: 'Tom Brennan', claim: 'more rain could fall on Thursday', verb: 'warned' },
    ]);
  });
  it('« a signalé … et a déclaré qu’elle … »: the body said both', () => {
    const found = all('La préfecture du Gard a signalé des coupures de courant dans la nuit et a déclaré qu’elle ouvrirait un gymnase pour les sinistrés.', 'fr');
    expect(found.at(-1)).toEqual({ source: 'La préfecture du Gard', claim: 'elle ouvrirait un gymnase pour les sinistrés', verb: 'a déclaré' });
    expect(found[0]?.claim).not.toContain('déclaré');
  });
  it('a verb that is no reporting verb after "and" leaves the claim whole', () => {
    const found = all('Mayor Tom Brennan said that the levees had held and thanked the volunteers.');
    expect(found).toEqual([{ source: 'Tom Brennan', claim: 'the levees had held and thanked the volunteers', verb: 'said' }]);
  });
  it('a second verb whose phrase quotes words (« y alertó sobre el riesgo de "…" ») reports them too', () => {
    const found = all('Un informe de la Cruz Roja concluyó que faltan refugios en la costa y alertó sobre el riesgo de "un invierno sin techo".', 'es');
    expect(found).toEqual([
      { source: 'Cruz Roja', claim: 'faltan refugios en la costa', verb: 'concluyó' },
      { source: 'Cruz Roja', claim: 'sobre el riesgo de "un invierno sin techo"', verb: 'alertó' },
    ]);
  });
});

describe('a speaker in the second clause of a sentence', () => {
  it('", and residents say …": the residents speak, and they said what follows their verb', () => {
    const found = all('The river burst its banks on Monday, and residents say dozens of homes are flooded.');
    expect(found).toEqual([{ source: 'residents', claim: 'dozens of homes are flooded', verb: 'say' }]);
  });
  it('", while the power company said …" after a clause that reports nothing', () => {
    const found = all('The storm cut power to 3,000 homes, while the power company said repairs would take a week.');
    expect(found).toEqual([{ source: 'the power company', claim: 'repairs would take a week', verb: 'said' }]);
  });
  it('« , et les habitants affirment que … »', () => {
    const found = all('Le fleuve est sorti de son lit lundi, et les habitants affirment que des dizaines de maisons sont inondées.', 'fr');
    expect(found).toEqual([{ source: 'les habitants', claim: 'des dizaines de maisons sont inondées', verb: 'affirment' }]);
  });
});

describe('tails that name no speaker', () => {
  it('a participle clause after the comma: its noun is no speaker', () => {
    expect(all('Earnings reached 52 cents a share, topping the consensus forecast by three cents.')).toEqual([]);
    // An "-ing" word that is part of a title still opens the speaker.
    expect(all('The club had been looking for a new keeper for weeks, sporting director Lars Hemming said.')).toEqual([{ source: 'Lars Hemming', claim: 'The club had been looking for a new keeper for weeks', verb: 'said' }]);
  });
  it('« , ce que X dément »: a comment on the clause, no speaker closing it', () => {
    const found = all('Une note de l’association Vigilance Sahel reprochait à l’armée d’avoir fermé un marché, ce que Bamako dément.', 'fr');
    expect(found.map((a) => a.source)).not.toContain('ce que Bamako');
  });
});

describe('what kind of body speaks, from the words of its name', () => {
  const types = (text: string, lang = 'en') => extract(text, { lang }).attributions.map((a) => [a.source, a.sourceType]);
  it('a state body named by a government word, described or named', () => {
    expect(types('The Directorate General of Fisheries said catches had fallen by a third.')).toEqual([['Directorate General of Fisheries', 'government']]);
  });
  it('a news outlet named by a media word', () => {
    expect(types('The Ostwick Tribune reported that the mayor would resign.')).toEqual([['Ostwick Tribune', 'media']]);
    expect(types('La Gazette de Vernon a rapporté que le maire allait démissionner.', 'fr')).toEqual([['Gazette de Vernon', 'media']]);
    expect(types('El Diario de Tarija informó que el alcalde renunciará.', 'es')).toEqual([['Diario de Tarija', 'media']]);
  });
  it('a body named again by its acronym keeps the kind of its whole name', () => {
    const text = 'Clinics treated 300 more children, the Directorate General of Water Safety (DGWS) said on Monday.\n"Every well in the district is being tested," the DGWS said.';
    expect(types(text)).toEqual([
      ['Directorate General of Water Safety', 'government'],
      ['Directorate General of Water Safety', 'government'],
    ]);
  });
  it('a person with a role after a body’s word ("council chair Jane Roe") speaks as a person', () => {
    expect(types('“The budget relies on temporary money,” council chair Maeve Dolan said.')).toEqual([['Maeve Dolan', 'person']]);
    expect(types('The sports daily Marca reported that the club would sell its striker.')).toEqual([['Marca', 'media']]);
  });
  it('a council or a company stays an organisation', () => {
    expect(types('The National Flood Response Council said 2,000 families had been evacuated.')).toEqual([['National Flood Response Council', 'organization']]);
  });
});

describe('an according-to phrase opening the sentence runs to its comma', () => {
  it('past an adjective after the noun, to the named body', () => {
    const es = all('Según la empresa pública Aguas de Levante (ADL), la red pierde cada día unos 9.000 litros.', 'es');
    // The body by its name or its acronym (whichever the actor list keeps), never "la empresa".
    expect(es).toHaveLength(1);
    expect(['Aguas de Levante', 'ADL']).toContain(es[0]?.source);
    expect(es[0]?.claim).toBe('la red pierde cada día unos 9.000 litros');
    const fr = all('Selon la société publique Transports du Littoral (TDL), le tramway transporte 30 000 voyageurs par jour.', 'fr');
    expect(fr).toEqual([{ source: 'Transports du Littoral', claim: 'le tramway transporte 30 000 voyageurs par jour', verb: 'Selon' }]);
  });
});

describe('a reporting verb joined to the clause of the subject that opens the sentence', () => {
  it('"X did A and warned that B": the opening subject speaks', () => {
    expect(all('Police arrested two men and said that more arrests were likely.')).toEqual([{ source: 'Police', claim: 'more arrests were likely', verb: 'said' }]);
    expect(all('La banque centrale a maintenu son taux et a averti que l’inflation pourrait remonter.', 'fr')).toEqual([{ source: 'La banque centrale', claim: 'l’inflation pourrait remonter', verb: 'a averti' }]);
    expect(all('Juan Pérez visitó la zona y afirmó que la ayuda llegará.', 'es')).toEqual([{ source: 'Juan Pérez', claim: 'la ayuda llegará', verb: 'afirmó' }]);
  });
  it('« porque prevé que »: where subject pronouns drop, a subordinate reporting verb speaks for it too', () => {
    expect(all('El banco central ha revisado sus pronósticos porque prevé que la inflación bajará más despacio.', 'es')).toEqual([{ source: 'El banco central', claim: 'la inflación bajará más despacio', verb: 'prevé' }]);
  });
  it('a verb with an accent that folds like an adjective ends the body’s name: « La Fiscalía abrió »', () => {
    expect(all('La Fiscalía abrió una investigación y aseguró que no habrá impunidad.', 'es').map((a) => a.source)).toEqual(['La Fiscalía']);
  });
  it('needs the subject to open the sentence and no other clause in between', () => {
    expect(all('Residents fled the flood, and officials said that the dam held.').map((a) => a.source)).not.toContain('Residents');
    expect(all('In the capital, shops closed and the union said that the strike would last.').map((a) => a.source)).not.toContain('shops');
  });
});

describe('a group described by who polled it', () => {
  it('"economists polled by X" speak, not X: « interrogés par », « consultados por »', () => {
    const one = (text: string, lang: string) => extract(text, { lang }).attributions.map((a) => [a.source, a.sourceType]);
    expect(one('Twelve economists polled by Bloomberg said rates would fall.', 'en')).toEqual([['Twelve economists polled by Bloomberg', 'unnamed']]);
    expect(one('Les économistes interrogés par l’AFP estiment que la croissance ralentira.', 'fr')).toEqual([['Les économistes interrogés par l’AFP', 'unnamed']]);
    expect(one('Los analistas consultados por Reuters prevén que la tasa bajará.', 'es')).toEqual([['Los analistas consultados por Reuters', 'unnamed']]);
    // A document "by" a body is that body's: "a report by Amnesty International".
    expect(one('A report by Amnesty International said that 40 people died.', 'en')).toEqual([['Amnesty International', 'organization']]);
  });
});

describe('impersonal reporting phrases and "the same source"', () => {
  const said = (text: string, lang: string) => extract(text, { lang }).attributions.map((a) => [a.source, a.claim]);
  it('« lit-on dans », « a-t-on appris de/auprès de »: the document or the source after the phrase speaks', () => {
    expect(said('« Les digues ont cédé dans la nuit », lit-on dans un rapport de la préfecture.', 'fr')).toEqual([['préfecture', 'Les digues ont cédé dans la nuit']]);
    expect(said('Trois ponts ont été emportés, a-t-on appris de source militaire.', 'fr')).toEqual([['source militaire', 'Trois ponts ont été emportés']]);
    expect(said('Le port restera fermé jusqu’à lundi, a-t-on appris auprès de la gendarmerie.', 'fr')).toEqual([['la gendarmerie', 'Le port restera fermé jusqu’à lundi']]);
  });
  it('« de même source », "the same source", « la misma fuente » name the last source again', () => {
    expect(said('Le port est fermé, selon la gendarmerie. « Aucun navire ne sortira », précise-t-on de même source.', 'fr')[1]?.[0]).toBe('la gendarmerie');
    expect(said('The port is closed, the police said. No ship will leave before Monday, according to the same source.', 'en')[1]?.[0]).toBe('the police');
    expect(said('El puerto está cerrado, según la policía. Ningún barco saldrá antes del lunes, según la misma fuente.', 'es')[1]?.[0]).toBe('la policía');
  });
  it('« a-t-on précisé de même source » and a bare « de même source » closing the sentence name it too', () => {
    const first = 'Le port est fermé, selon la gendarmerie. ';
    expect(said(`${first}La houle et le vent du nord expliquent le retard des ferries, a-t-on précisé de même source.`, 'fr')[1]).toEqual(['la gendarmerie', 'La houle et le vent du nord expliquent le retard des ferries']);
    expect(said(`${first}« Aucun chalutier ne sortira avant lundi », faute de gazole, de même source.`, 'fr')[1]?.[0]).toBe('la gendarmerie');
  });
});

describe('a speaker with a "that" clause before a trailing reporting clause', () => {
  const said = (text: string, lang: string) => extract(text, { lang }).attributions.map((a) => [a.source, a.verb, a.claim]);
  it('the inner speaker said the clause; the trailing clause only says where it was read', () => {
    expect(said('La agencia de aguas informó que el embalse llegó al 12 %, el nivel más bajo en una década, señala el comunicado.', 'es')).toEqual([
      ['La agencia de aguas', 'informó', 'el embalse llegó al 12 %, el nivel más bajo en una década'],
    ]);
    expect(said('The water board said that the reservoir had fallen to 12%, the report says.', 'en')).toEqual([['The water board', 'said', 'the reservoir had fallen to 12%']]);
  });
  it('a verb without "that", or a quotation, leaves the trailing speaker', () => {
    expect(said('The council has promised 4 million dollars for the repairs, the mayor said.', 'en')[0]?.[0]).toBe('the mayor');
    expect(said('“The board said that the dam held,” the mayor said.', 'en')[0]?.[0]).toBe('the mayor');
  });
});

describe('a verb that opens a quotation after a comma', () => {
  it('"Asked about X, Holt said: “…”": the words before the comma are not what Holt said', () => {
    const found = extract('Asked about the final, Marta Holt said: “We never think about the score.”', { lang: 'en' }).attributions;
    expect(found.map((a) => a.claim)).not.toContain('Asked about the final');
    expect(found[0]).toMatchObject({ source: 'Marta Holt', claim: 'We never think about the score' });
  });
});

describe('a spokesperson with no name', () => {
  const typed = (text: string, lang = 'en') => extract(text, { lang }).attributions.map((a) => ({ source: a.source, type: a.sourceType }));
  it('is the one person the article names in that role, before or after', () => {
    const text = 'Two bridges were cut overnight, an army spokesman said on Friday.\n"We hold the crossing," said Daniel Okafor, the regional army spokesman.';
    expect(typed(text)).toEqual([
      { source: 'Daniel Okafor', type: 'person' },
      { source: 'Daniel Okafor', type: 'person' },
    ]);
    const french = 'Deux pompiers ont été blessés, a indiqué samedi un porte-parole des pompiers.\n« Le feu est fixé », a déclaré le porte-parole Wendell Latortue à la radio.';
    expect(typed(french, 'fr').map((a) => a.source)).toEqual(['Wendell Latortue', 'Wendell Latortue']);
  });
  it('speaks for the body they are named with when the article names no such person', () => {
    expect(typed('The ship carried 300 people, a spokesperson at Save the Children said.')).toEqual([{ source: 'a spokesperson at Save the Children', type: 'organization' }]);
    expect(typed('La ligne rouvrira lundi, a précisé un porte-parole de la RATP.', 'fr')[0]?.type).toBe('organization');
  });
  it('is never a spokesperson named for another side', () => {
    const text = 'Four officers were killed, a spokesman for the army said on Friday.\n"We hold the bridge," said Wendell Latortue, a spokesman for the rebels.';
    expect(typed(text)[0]?.source).toBe('a spokesman for the army');
  });
});

describe('a second verb of the subject that opens the sentence, with a clause and no "that"', () => {
  const found = (text: string) => extract(text, { lang: 'en' }).attributions.map((a) => `${a.source} ${a.verb}: ${a.claim}`);
  it('reports the clause when it opens on a subject pronoun', () => {
    expect(found('Sara Molina is a nurse at the clinic and told reporters she saw the roof collapse.')).toEqual(['Sara Molina told: she saw the roof collapse']);
    expect(found('Sara Molina works at the clinic and said they had no water for two days.')).toEqual(['Sara Molina said: they had no water for two days']);
  });
  it('reports nothing for an object that is no clause', () => {
    expect(found('Sara Molina works at the clinic and told the story again.')).toEqual([]);
  });
});

describe('"the opposition" as a speaker', () => {
  const typed = (text: string, lang: string) => extract(text, { lang }).attributions.map((a) => `${a.source} (${a.sourceType}): ${a.claim}`);
  it('speaks as an unnamed group, in every language, though "opposition" also modifies roles', () => {
    expect(typed('The opposition said the count was rigged in two districts.', 'en')).toEqual(['The opposition (unnamed): the count was rigged in two districts']);
    expect(typed('L’opposition a salué le résultat, affirmant que son candidat avait gagné.', 'fr')).toContain('L’opposition (unnamed): son candidat avait gagné');
    expect(typed('La oposición afirmó que el recuento fue amañado.', 'es')).toEqual(['La oposición (unnamed): el recuento fue amañado']);
  });
  it('leaves "opposition" a modifier before a role: "the opposition leader" is a person', () => {
    expect(typed('The opposition leader said the count was rigged.', 'en')).toEqual(['The opposition leader (person): the count was rigged']);
  });
});

describe('a person named inside a relative clause of the speaker’s apposition', () => {
  const found = (text: string) => extract(text, { lang: 'en' }).attributions.map((a) => `${a.source} ${a.verb}: ${a.claim}`);
  const intro = 'Tom Baker joined Northfield United on Monday for a club-record fee.\n';
  it('is never the speaker, after the quotation or before the verb', () => {
    expect(found(`${intro}“We never expected a deal of this size,” Maria Kessler, who advises Tom Baker, told Reuters.`)[0]).toBe('Maria Kessler told: We never expected a deal of this size');
    expect(found(`${intro}“We never expected a deal of this size,” Maria Kessler, the chief executive of Northfield Partners, the firm that advises Tom Baker, told Reuters.`)[0]).toBe(
      'Maria Kessler told: We never expected a deal of this size',
    );
    expect(found(`${intro}Maria Kessler, the lawyer who represents Tom Baker, said the fee was fair.`)[0]).toBe('Maria Kessler said: the fee was fair');
  });
});

describe('after who was told, a phrase that says when or what about', () => {
  const found = (text: string, lang = 'en') => extract(text, { lang }).attributions.map((a) => `${a.source} ${a.verb}: ${a.claim}`);
  it('is no claim', () => {
    expect(found('Harbour workers stopped work at dawn.\nUnion leader Jane Doe told reporters on Tuesday.')).toEqual([]);
    expect(found('Harbour workers stopped work at dawn.\nJane Doe told reporters about the strike in a phone call.')).toEqual([]);
    expect(found('Les dockers ont cessé le travail mardi.\nPaul Girard a déclaré aux journalistes sur la grève dans un entretien.', 'fr')).toEqual([]);
  });
  it('leaves a clause after who was told, and a figure that starts with "about"', () => {
    expect(found('Jane Doe told reporters the strike would last a week.')).toEqual(['Jane Doe told: the strike would last a week']);
    expect(found('Jane Doe told reporters about 300 dockers had joined the strike.')).toEqual(['Jane Doe told: about 300 dockers had joined the strike']);
    expect(found('Paul Girard a déclaré aux journalistes que la grève durerait une semaine.', 'fr')).toEqual(['Paul Girard a déclaré: la grève durerait une semaine']);
  });
});

describe('an adverb between the subject and its reporting verb', () => {
  const found = (text: string) => extract(text, { lang: 'en' }).attributions.map((a) => `${a.source} ${a.verb}: ${a.claim}`);
  it('is no part of the subject: a pronoun or a body before "also" still speaks', () => {
    expect(found('Governor Anna Berg visited the flooded valley on Monday.\nShe also urged residents to stay away from the river banks.')).toEqual(['Anna Berg urged: residents to stay away from the river banks']);
    expect(found('The Ostwick Water Board repeatedly said the dam was safe.')).toEqual(['Ostwick Water Board said: the dam was safe']);
  });
});

describe('a preposition that opens a clause after the speaker', () => {
  it('ends the speaker’s phrase: « a confié le capitaine avant d’ajouter »', () => {
    const found = extract('« Nous n’avons jamais cessé d’y croire », a confié le capitaine d’Ostwick avant d’ajouter une phrase pour les supporters.', { lang: 'fr' }).attributions;
    expect(found.map((a) => a.source)).toEqual(['le capitaine d’Ostwick']);
  });
});

describe('a generic body word before any body has spoken', () => {
  const found = (text: string, lang: string) => extract(text, { lang }).attributions.map((a) => a.source);
  it('is the last body of its kind named before it: « …, a indiqué le groupe »', () => {
    expect(found('Ostwick Télécom a dégagé 2 milliards de bénéfice sur l’année, a indiqué mercredi le groupe.', 'fr')).toEqual(['Ostwick Télécom']);
  });
  it('is never a body named after it in the sentence', () => {
    expect(found('The Northfield Water Board met on Monday.\nThe agency blamed most of the leaks on Ostwick Pipes, a contractor, it said.', 'en')).not.toContain('Ostwick Pipes');
  });
});

describe('a person named by one word', () => {
  it('is that person when the word comes back later: « relató Tomás con gesto serio »', () => {
    const text = 'Así lo contó Tomás, un pescador de 40 años, al volver al puerto.\n"El mar estaba muy bravo", relató Tomás con gesto serio.';
    expect(extract(text, { lang: 'es' }).attributions.map((a) => [a.source, a.sourceType])).toEqual([['Tomás', 'person']]);
  });
});

describe('"and" between two complements of a subject', () => {
  it('joins them: the whole phrase speaks, not its last complement', () => {
    const found = extract('Plusieurs élus de la majorité et de l’opposition ont critiqué le projet dès sa présentation.', { lang: 'fr' }).attributions;
    expect(found.map((a) => [a.source, a.sourceType])).toEqual([['Plusieurs élus de la majorité et de l’opposition', 'unnamed']]);
  });
});

describe('a person named by an epithet after the quotation (issue 7)', () => {
  it('"…,” said the 24-year-old: the person named before speaks', () => {
    const found = all('Tom Okafor scored twice at the harbour ground on Sunday.\n“It was a night to remember for all of us,” said the 31-year-old, who signed in May.');
    expect(found).toEqual([{ source: 'Tom Okafor', claim: 'It was a night to remember for all of us', verb: 'said' }]);
  });
  it('« …», a confié le gaucher, auteur du but: not a person named after the epithet', () => {
    const found = all('Le joueur Hugo Marchetti a marqué dimanche soir.\n« Nous avons tenu jusqu’au bout », a confié le gaucher, auteur du but sur une passe de Jonas Weber.', 'fr');
    expect(found).toEqual([{ source: 'Hugo Marchetti', claim: 'Nous avons tenu jusqu’au bout', verb: 'a confié' }]);
  });
  it('a phrase with no trait of a person is no epithet: « …», a lancé le public', () => {
    expect(all('Le joueur Hugo Marchetti a marqué dimanche soir.\n« Merci à vous tous », a lancé le public.', 'fr')).toEqual([]);
  });
  it('an epithet that agrees with no one named before gives no attribution', () => {
    expect(all('« Nous avons tenu jusqu’au bout », a confié le gaucher.', 'fr')).toEqual([]);
  });
});

describe('a lead that says when, then a comma and a clause of its own', () => {
  it('« Jeudi, une enquête de X accusait Y, apposition, d’avoir… »: the author speaks', () => {
    const found = all('Jeudi, une enquête de l’association Human Rights Watch accusait la police, alliée du maire Paul Dorval, d’avoir frappé des manifestants.', 'fr');
    expect(found).toEqual([{ source: 'Human Rights Watch', claim: 'la police, alliée du maire Paul Dorval, d’avoir frappé des manifestants', verb: 'accusait' }]);
  });
  it('a day alone before the comma is no claim: « Jeudi, le ministère accusait… »', () => {
    const found = all('Jeudi, le ministère de l’Intérieur accusait les gardiens du port de mentir.', 'fr');
    expect(found).toEqual([{ source: 'Ministère de l’Intérieur', claim: 'les gardiens du port de mentir', verb: 'accusait' }]);
  });
});

describe('who learned the news is no source; whom it was learned from is', () => {
  const said = (text: string, lang: string) => extract(text, { lang }).attributions.map((a) => [a.source, a.sourceType, a.claim]);
  it('reads « a appris X de … », "X learned from …" and « supo X de … » alike', () => {
    expect(said('Dix barques ont été retrouvées sur une digue, a appris Radio Ostende de sources portuaires mardi.', 'fr')).toEqual([['sources portuaires', 'unnamed', 'Dix barques ont été retrouvées sur une digue']]);
    expect(said('Ten boats were found near the pier, Reuters learned from port officials on Tuesday.', 'en')).toEqual([['port officials', 'unnamed', 'Ten boats were found near the pier']]);
    expect(said('Diez botes aparecieron junto al muelle, supo EFE de fuentes portuarias el martes.', 'es')).toEqual([['fuentes portuarias', 'unnamed', 'Diez botes aparecieron junto al muelle']]);
  });
});

describe('a title with a list of portfolios speaks whole', () => {
  it('keeps the list in the source, past its commas and conjunctions, in each language', () => {
    expect(all('The Minister of Culture, Heritage and Tourism announced the closure of the museums.').map((a) => a.source)).toEqual(['The Minister of Culture, Heritage and Tourism']);
    expect(all('Le ministre de la Culture et du Tourisme a annoncé la fermeture des plages.', 'fr').map((a) => a.source)).toEqual(['Le ministre de la Culture et du Tourisme']);
    expect(all('Le ministre de la Santé, de la Jeunesse et des Sports a annoncé la fermeture des plages.', 'fr').map((a) => a.source)).toEqual(['Le ministre de la Santé, de la Jeunesse et des Sports']);
    expect(all('La ministra de Cultura, Educación y Sanidad anunció el cierre de los museos.', 'es')).toEqual([{ source: 'La ministra de Cultura, Educación y Sanidad', claim: 'el cierre de los museos', verb: 'anunció' }]);
  });
  it('guard: a body’s name with a conjunction inside, then a named person, still gives the person', () => {
    expect(all('La geóloga del Instituto Nacional de Suelos y Aguas (INSA) Marta Ibarra Luque señaló a EFE que la sequía dejó una huella profunda en el valle.', 'es').map((a) => a.source)).toEqual(['Marta Ibarra Luque']);
  });
});

describe('a body named before its apposition, then a participle that reports', () => {
  it('"The Greens, the main party of opposition, abstained, saying…": the body speaks, not its apposition', () => {
    expect(all('The Greens, the main party of opposition, abstained, saying the budget ignored renters.').map((a) => a.source)).toEqual(['Greens']);
    expect(all("Le Rassemblement national, principal groupe d'opposition, s'est abstenu, estimant que le budget oubliait les locataires.", 'fr').map((a) => a.source)).toEqual(['Rassemblement national']);
    // A lead before the first comma is still no subject.
    expect(all('On Friday, the ministry raised fuel prices, saying subsidies were unaffordable.').map((a) => a.source)).toEqual(['the ministry']);
  });
});

describe('Spanish reporting words', () => {
  it('reads « Según él » as the last speaker: the pronoun folds to the article’s form', () => {
    expect(all('"Hemos perdido la cosecha", dijo el ingeniero Tomás Vargas Rey.\nSegún él, los precios del trigo subirán este año.', 'es').map((a) => a.source)).toEqual(['Tomás Vargas Rey', 'Tomás Vargas Rey']);
  });
  it('reads « adelantó que » as a report, « adelantó la fecha » as none, and « el letrado » as a speaker', () => {
    expect(all('El entrenador Pablo Sosa Leal habló tras el partido.\nSosa adelantó que el club fichará a dos lanzadores.', 'es').map((a) => a.claim)).toEqual(['el club fichará a dos lanzadores']);
    expect(all('El club adelantó la fecha del partido.', 'es')).toEqual([]);
    expect(all('El letrado sostuvo que su cliente es un pescador humilde.', 'es').map((a) => a.source)).toEqual(['El letrado']);
  });
});
