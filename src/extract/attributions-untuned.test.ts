import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;
const one = (text: string, lang = 'en') => all(text, lang)[0];

describe('a subject with a relative clause set off by commas', () => {
  it('is the speaker of the verb after the clause, never a claim of the words after that verb', () => {
    expect(one('The port authority, which has pressed for cuts, said it respected the council’s decision.')).toMatchObject({ source: 'The port authority', claim: 'it respected the council’s decision' });
    expect(all('Rosa Quispe, quien dirigió la empresa entre 2010 y 2018, negó ayer las acusaciones.', 'es').map((a) => a.source)).not.toContain('las acusaciones');
  });
  it('« X, que pidió…, aseguró que… »: the relative clause’s own verb is not the main one', () => {
    expect(one('Un empleado del banco, que pidió no ser nombrado, aseguró que cerrarán dos sucursales.', 'es')).toMatchObject({ source: 'Un empleado del banco', verb: 'aseguró', claim: 'cerrarán dos sucursales' });
  });
});

describe('a word in -ing after a comma', () => {
  it('describes a noun ("the ruling party"); it closes no reporting tail', () => {
    const found = all('HARARE, Dec 9 - Zimbabwe’s fictional ruling party, the National Unity Alliance, conceded defeat in three provinces on Monday as vote counting stretched into a third day.');
    expect(found.map((a) => a.claim)).not.toContain('HARARE');
  });
});

describe('what a pronoun stands for', () => {
  it('is never a name in the clause the pronoun heads: « Il a annoncé qu’il saisirait la Cour… »', () => {
    const found = all('Paul Adjovi a quitté la salle sans un mot. « Ces chiffres sont faux », a lancé sa rivale, Marie Dubois. Il a annoncé qu’il saisirait la Cour constitutionnelle.', 'fr');
    expect(found.find((a) => a.verb === 'a annoncé')?.source).toBe('Paul Adjovi');
  });
});

describe('a denied report', () => {
  it('says nothing, in each language: "did not say", « n’a pas répondu », « no ha confirmado »', () => {
    expect(all('Police did not say whether anyone was arrested.')).toEqual([]);
    expect(all('The mining company has not confirmed the death toll.')).toEqual([]);
    expect(all('La préfecture n’a pas répondu aux questions de la radio locale.', 'fr')).toEqual([]);
    expect(all('La naviera no ha confirmado la cifra de heridos.', 'es')).toEqual([]);
  });
  it('leaves a negation inside the claim alone', () => {
    expect(one('The mining company said the shaft had not collapsed.')).toMatchObject({ source: 'The mining company', claim: 'the shaft had not collapsed' });
  });
});

describe('a participle after a subject with a name set off by commas', () => {
  it('gives the claim to the named person, not to the body that owns the title', () => {
    expect(one('The council’s new treasurer, Ruth Odhiambo, declined to comment, saying the audit was not finished.')).toMatchObject({ source: 'Ruth Odhiambo', verb: 'saying' });
    expect(one('Le directeur de la coopérative, Paul Teyssier, a quitté la réunion, estimant que le prix était trop bas.', 'fr')).toMatchObject({ source: 'Paul Teyssier' });
  });
});

describe('a second reporting verb after "and" with a clause that has no "that"', () => {
  it('"welcomed the report and said it would pay…": the second claim is its own, the first stops at "and"', () => {
    const found = all('The Growers Council welcomed the report and said it would pay for two more years of trials.');
    expect(found.map((a) => [a.verb, a.claim])).toEqual([
      ['welcomed', 'the report'],
      ['said', 'it would pay for two more years of trials'],
    ]);
  });
});

describe('what a verb acts on, not a statement', () => {
  it('"rejected that claim": "that" before one lower-case word is a determiner, and one word alone is no claim', () => {
    const found = all('The port’s owner, Lars Henke, rejected that claim, telling reporters the talks would go on.');
    expect(found.map((a) => a.claim)).not.toContain('claim');
    expect(found.find((a) => a.verb === 'telling')).toMatchObject({ source: 'Lars Henke', claim: 'the talks would go on' });
    expect(all('The electoral board chairwoman, Efua Mensah, urged patience.').map((a) => a.claim)).toEqual([]);
  });
  it('keeps a clause whose name after "that" is set off by commas', () => {
    expect(one('The federation said on Sunday that Ellis, 24, had been cleared to play.')?.claim).toBe('Ellis, 24, had been cleared to play');
  });
});

describe('who was told, named after a verb of telling', () => {
  it('"told the Halden Gazette the deal…": the outlet is not part of the claim', () => {
    expect(one('Jane Roe told the Halden Gazette the reform would fail.')).toMatchObject({ source: 'Jane Roe', claim: 'the reform would fail' });
  });
});

describe('sources described by a common noun (lexicon sourceNouns)', () => {
  it('reads bodies and groups named by what they are, in each language', () => {
    expect(one('Selon l’intersyndicale, la grève a été suivie dans neuf dépôts.', 'fr')).toMatchObject({ source: 'l’intersyndicale', sourceType: 'organization' });
    expect(one('Le défilé partira de la gare à midi, ont précisé les organisateurs.', 'fr')).toMatchObject({ source: 'les organisateurs', sourceType: 'unnamed' });
    expect(one('La chambre de commerce estime que les ventes ont reculé de 8 %.', 'fr')).toMatchObject({ sourceType: 'organization', claim: 'les ventes ont reculé de 8 %' });
    expect(one('The farm lobby warned that feed prices could double.')).toMatchObject({ claim: 'feed prices could double', sourceType: 'organization' });
    expect(one('La casa de subastas aseguró en un comunicado que retiró el lote.', 'es')).toMatchObject({ source: 'La casa de subastas', claim: 'retiró el lote' });
  });
});

describe('verbs that report only a quotation or a "that" clause (thatOnly)', () => {
  it('« …, a-t-il glissé », « "…", resumió »: the last speaker said it; the same verb with no statement reports nothing', () => {
    expect(all('Léo Marin a marqué deux fois. « C’est pour ma fille », a-t-il glissé au micro.', 'fr')).toMatchObject([{ source: 'Léo Marin', claim: 'C’est pour ma fille' }]);
    expect(all('Le camion a glissé sur la chaussée mouillée.', 'fr')).toEqual([]);
    expect(all('Ana Ruiz vende pan en el mercado. "Sin luz no hay negocio", resumió.', 'es')).toMatchObject([{ source: 'Ana Ruiz', claim: 'Sin luz no hay negocio' }]);
  });
  it('"charged" with a person as its object, « a lancé » with a thing, are acts; with a "that" clause they report', () => {
    expect(all('Prosecutors in Lima on Monday charged six officials with taking bribes.')).toEqual([]);
    expect(one('The union charged that managers had ignored safety rules.')).toMatchObject({ source: 'The union', claim: 'managers had ignored safety rules' });
    expect(all('Le Sénégal avait lancé en 2022 son premier satellite d’observation.', 'fr')).toEqual([]);
    expect(one('La ministre a lancé que le projet était « enterré ».', 'fr')).toMatchObject({ source: 'La ministre', claim: 'le projet était « enterré »' });
  });
});

describe('a title or an affiliation after the named person of « selon » / "according to"', () => {
  it('is no part of the claim', () => {
    expect(one('Selon Karim Diallo, secrétaire du syndicat des dockers, la grève durera une semaine.', 'fr')).toMatchObject({ source: 'Karim Diallo', claim: 'la grève durera une semaine' });
    expect(one('Según la bióloga Marta Rivas, de la Universidad del Sur, "el lago perdió un tercio de sus peces".', 'es')).toMatchObject({ source: 'Marta Rivas', claim: 'el lago perdió un tercio de sus peces' });
    expect(one('According to Jane Roe, a spokeswoman for the union, the strike will last a week.')).toMatchObject({ source: 'Jane Roe', claim: 'the strike will last a week' });
  });
  it('keeps a claim whose own subject has a clause set off by commas', () => {
    expect(one('According to Jane Roe, the strike, which began on Monday, will last a week.')?.claim).toBe('the strike, which began on Monday, will last a week');
  });
});

describe('« Pour X, … », « Para X, … », "For X, …" opening a sentence', () => {
  it('gives a named person with a title set off, or quoted words, the rest of the sentence', () => {
    expect(one('Pour Karim Diallo, secrétaire du syndicat des dockers, ces promesses restent vagues.', 'fr')).toMatchObject({ source: 'Karim Diallo', claim: 'ces promesses restent vagues' });
    expect(one('Para la bióloga Marta Rivas, de la Universidad del Sur, "el lago perdió un tercio de sus peces".', 'es')).toMatchObject({ source: 'Marta Rivas', claim: 'el lago perdió un tercio de sus peces', quote: true });
    expect(one('For Jane Roe, head of the growers’ union, the harvest is already lost.')).toMatchObject({ source: 'Jane Roe', claim: 'the harvest is already lost' });
  });
  it('reads nothing where it may be the writer’s view, or names no person', () => {
    expect(all('Pour Paul Roux, c’est un revers.', 'fr')).toEqual([]);
    expect(all('Para el gobierno, la cifra es menor.', 'es')).toEqual([]);
    expect(all('For the first time, the harvest is lost.')).toEqual([]);
  });
  it('gives a named or described body the sentence when it ends on quoted words', () => {
    expect(one('Pour la fédération des cheminots, la réforme est « une provocation ».', 'fr')).toMatchObject({ source: 'la fédération des cheminots', claim: 'la réforme est « une provocation »' });
    expect(one('Para los sindicatos mineros, el cierre es "una traición".', 'es')).toMatchObject({ source: 'los sindicatos mineros', claim: 'el cierre es "una traición"' });
    expect(one('For the growers union, the plan is "dead on arrival".')).toMatchObject({ source: 'the growers union', claim: 'the plan is "dead on arrival"' });
  });
  it('guard: not when the quoted words sit inside the sentence, or the phrase is a pronoun or a date', () => {
    expect(all('Pour les habitants, la promesse de « tourner la page » passe mal.', 'fr')).toEqual([]);
    expect(all('Pour eux, le plan est « mort-né ».', 'fr')).toEqual([]);
    expect(all('For 2027, the budget plans a "modest rise".')).toEqual([]);
  });
});

describe('"the latter", « celle-ci », « este último »', () => {
  it('stands for the one named last in the sentence before', () => {
    expect(all('Jane Roe met John Doe on Monday. The latter said the deal was done.').find((a) => a.claim === 'the deal was done')?.source).toBe('John Doe');
    expect(all('Paul Adjovi a reçu la maire, Marie Dubois. Celle-ci a affirmé que le budget serait voté.', 'fr').find((a) => a.claim === 'le budget serait voté')?.source).toBe('Marie Dubois');
  });
  it('never for the last speaker when the sentence before names no one', () => {
    const found = all('« Je suis fier », a dit l’entraîneur Luc Hamel. L’arbitre a été soutenu par sa fédération. Celle-ci a jugé que le carton rouge était justifié.', 'fr');
    expect(found.find((a) => a.claim === 'le carton rouge était justifié')?.source).not.toBe('Luc Hamel');
  });
});

describe('a passive with its agent, then "that"', () => {
  it('"It is claimed by X that…": the clause after "that" is the claim', () => {
    expect(one('It was stated by the ministry that the road would reopen.')).toMatchObject({ source: 'the ministry', claim: 'the road would reopen' });
    expect(one('Il a été affirmé par le ministère que la route serait rouverte.', 'fr')).toMatchObject({ source: 'le ministère', claim: 'la route serait rouverte' });
  });
});

describe('a subject inside a quotation', () => {
  it('is the quoted speaker’s word: the quotation goes on with the last speaker', () => {
    const found = all('"Switch off your heaters at night," the grid chief, Ama Boateng, told a briefing. "Every megawatt counts. We will have no choice."');
    expect(found.map((a) => a.source)).toEqual(['Ama Boateng', 'Ama Boateng']);
    expect(found[1]?.claim).toBe('Every megawatt counts. We will have no choice');
  });
});

describe('a dropped subject (« Aseguró que… »)', () => {
  it('goes on with the person who opened the sentence before, past a body in that person’s title', () => {
    const found = all('"Vamos a gobernar para todos", prometió la alcaldesa electa, Rosa Palma. El presidente del CNE, Luis Andrade, descartó irregularidades. Aseguró que el conteo fue limpio.', 'es');
    expect(found.find((a) => a.claim === 'el conteo fue limpio')?.source).toBe('Luis Andrade');
  });
});

describe('« il » after a man whose French name the gender source gets wrong', () => {
  it('stands for him, not for the body named before him (given-name-corrections.json)', () => {
    const text = [
      'Le syndicat Sud-Rail a rencontré mardi le directeur régional, Bertrand Mouret, pour discuter des horaires.',
      '« Nous devons trouver une solution avant l’été », a déclaré Bertrand Mouret.',
      'Il a reconnu que les retards avaient doublé en un an.',
    ].join('\n');
    expect(all(text, 'fr').map((a) => a.source)).toEqual(['Bertrand Mouret', 'Bertrand Mouret']);
  });
});

describe('numbers beside a reporting verb', () => {
  it('read a verb form after digits as a noun: "answered 3,100 calls on Wednesday" reports nothing', () => {
    expect(all('Ambulance crews answered 2,700 calls on Sunday alone, twice the usual number.')).toEqual([]);
    expect(all('The regulator received 140 reports on Monday about the outage.').map((a) => a.verb)).not.toContain('reports');
  });
  it('end a source’s phrase before a figure: « según el recuento del tribunal con el 97 % de las actas »', () => {
    expect(one('La alianza obtuvo el 41 % de los votos, según el recuento del tribunal electoral con el 97 % de las actas escrutadas.', 'es')?.source).toBe('tribunal electoral');
    expect(one('Le ministre a démissionné, selon France 2.', 'fr')?.source).toBe('France 2');
  });
});

describe('who was told, in a courtroom or a briefing (lexicon addressees)', () => {
  it('is no part of the claim: "told the jury she had…", "told investigators the…"', () => {
    expect(one('The second witness told the jury she had locked the ward at ten.')).toMatchObject({ source: 'The second witness', claim: 'she had locked the ward at ten' });
    expect(one('The ferry’s captain, Ivo Marsh, told investigators the radar had failed.')).toMatchObject({ source: 'Ivo Marsh', claim: 'the radar had failed' });
  });
  it('with only a time after it, reports nothing: « a expliqué aux enquêteurs ce matin », « declaró al tribunal el viernes »', () => {
    expect(all('Le gardien du musée a expliqué aux enquêteurs ce matin.', 'fr')).toEqual([]);
    expect(all('El tesorero del club declaró al tribunal el viernes.', 'es')).toEqual([]);
    expect(all('The harbour master told the inquiry this morning.')).toEqual([]);
  });
});

describe('a place where the words were said, between the verb and "that"', () => {
  it('"said outside the court that…", « aseguró desde Bruselas que… »: the claim starts after "that"', () => {
    expect(one('Her lawyer, Tom Reyes, said outside the court that the family would appeal.')).toMatchObject({ source: 'Tom Reyes', claim: 'the family would appeal' });
    expect(one('La ministra, Ana Robles, aseguró desde Bruselas que el acuerdo está cerca.', 'es')).toMatchObject({ source: 'Ana Robles', claim: 'el acuerdo está cerca' });
  });
});

describe('a phrase before the subject, when the verb has a clause of its own', () => {
  it('"Speaking at…, she insisted the X had…": the clause after the verb is the claim, not the scene before the comma', () => {
    const found = all('The depot manager, Hana Stoltz, closed the yard at noon. Speaking at a briefing in Tamsk, she insisted the depot had enough drivers.');
    expect(found.find((a) => a.verb === 'insisted')).toMatchObject({ source: 'Hana Stoltz', claim: 'the depot had enough drivers' });
  });
  it('keeps the words before a tail that only says where or to whom: "…, she told supporters who had gathered outside"', () => {
    const found = all('Rosa Lind lost the runoff by 212 votes. “The count was rigged from the start,” she told supporters who had gathered outside.');
    expect(found.find((a) => a.verb === 'told')).toMatchObject({ source: 'Rosa Lind', claim: 'The count was rigged from the start' });
  });
  it('« Sin embargo, », « No obstante, »: a connective alone states nothing', () => {
    const found = all('Sin embargo, el sindicato de pilotos acusa a la aerolínea de mentir. No obstante, la patronal critica a los pilotos por la huelga.', 'es');
    expect(found.map((a) => a.claim)).not.toContain('Sin embargo');
    expect(found.map((a) => a.claim)).not.toContain('No obstante');
  });
});

describe('a person the speaking noun belongs to ("X’s defence", « l’avocat de X », « la familia de X »)', () => {
  it('is not who speaks', () => {
    const found = all('Martin Quayle denied every charge. Quayle’s defence claimed the transfers were loans.');
    expect(found.find((a) => a.verb === 'claimed')).toMatchObject({ source: 'Quayle’s defence', sourceType: 'unnamed' });
    expect(one('L’avocat de Kévin Marchal a affirmé que son client était innocent.', 'fr')).toMatchObject({ source: 'L’avocat de Kévin Marchal', sourceType: 'unnamed' });
    expect(one('La viuda de Tomás Rubio aseguró que nunca recibió la indemnización.', 'es')).toMatchObject({ source: 'La viuda de Tomás Rubio', sourceType: 'unnamed' });
  });
  it('still speaks after a minister’s title with its portfolio, or with a particle of the name', () => {
    expect(one('La ministra de Salud Inés Carvallo dijo que la campaña empezará en mayo.', 'es')?.sourceType).toBe('person');
    expect(one('“The talks are over,” van der Molen told reporters.')?.sourceType).toBe('person');
  });
});

describe('a document as the source, with no author named before it', () => {
  it('« según la encuesta de X del banco central »: the body after what the document is about wrote it', () => {
    const found = all('El Senado aprobó la ley el martes. Según la última encuesta de precios del banco central, la inflación cerrará el año en 6 %.', 'es');
    expect(found.find((a) => a.verb === 'Según')?.source).toBe('banco central');
  });
  it('"data released on Friday showed": a document with no determiner is not the last body’s', () => {
    const found = all('The Harbour Board said on Monday it would raise fees. Exports fell 4% in May, data released on Friday showed.');
    expect(found.find((a) => a.verb === 'showed')?.source).toBe('data released on Friday');
  });
});

describe('a reporting clause set off by commas after the statement’s subject', () => {
  it('leaves the statement whole, in each language', () => {
    expect(one('The new tolls, the bridge authority said, will apply from June.')?.claim).toBe('The new tolls will apply from June');
    expect(one('La grève, selon les syndicats, sera reconduite jeudi.', 'fr')?.claim).toBe('La grève sera reconduite jeudi');
    expect(one('Los bonos, dicen los operadores, ya descuentan una rebaja de la nota.', 'es')?.claim).toBe('Los bonos ya descuentan una rebaja de la nota');
  });
  it('leaves a lead word, a whole clause or a second clause out', () => {
    expect(one('However, the bridge authority said, the tolls will rise.')?.claim).toBe('the tolls will rise');
    expect(one('Tolls rose, the bridge authority said, while traffic fell.')?.claim).toBe('Tolls rose');
  });
});

describe('a source noun, a title of lower-case words, then a name ("Opposition councillor X")', () => {
  it('is the named person, before a participle as before a verb', () => {
    expect(one('Opposition councillor Nadia Ferro disagreed, writing on social media that the pumps had failed by noon.')).toMatchObject({ source: 'Nadia Ferro', sourceType: 'person', verb: 'writing' });
    expect(one('Union steward Pavel Orr walked out, saying the offer was an insult.')).toMatchObject({ source: 'Pavel Orr', sourceType: 'person' });
  });
  it('leaves a verb between the noun and the name alone: "Police arrested X, saying…"', () => {
    expect(one('Police detained Pavel Orr on Monday, saying he had crossed the cordon.')?.source).toBe('Police');
  });
});

describe('a courtroom or a pitch epithet after a quotation (lexicon class epithet)', () => {
  it('« a assuré le prévenu », "said the accused", « admitió el delantero »: the person last named', () => {
    expect(all('Paul Ravel, 41 ans, nie les faits. « Je n’étais pas là », a assuré le prévenu.', 'fr').find((a) => a.quote)?.source).toBe('Paul Ravel');
    expect(all('Rudy Olm denied the charges. “I was not there,” said the accused.').find((a) => a.quote)?.source).toBe('Rudy Olm');
    expect(all('Iker Salas marcó dos goles. "Fue un partido duro", admitió el delantero.', 'es').find((a) => a.quote)?.source).toBe('Iker Salas');
  });
});

describe('a name opening the sentence with an age or a title set off after it', () => {
  it('is the subject of the verb after the comma, never a claim of its object', () => {
    expect(one('Rubén Olmo, de 41 años, negó los hechos ante la jueza.', 'es')).toMatchObject({ source: 'Rubén Olmo', verb: 'negó' });
  });
});

describe('a speaker after the verb, with a name set off after a determiner and a title', () => {
  it('« señaló el director del hospital, el doctor X »: the named person speaks', () => {
    expect(one('"Es un día importante para la región", señaló el director del puerto, el ingeniero Tomás Arévalo.', 'es')).toMatchObject({ source: 'Tomás Arévalo', sourceType: 'person' });
    expect(one('« Le dossier est vide », a déclaré l’avocat de la famille, le bâtonnier Marc Olier.', 'fr')).toMatchObject({ source: 'Marc Olier' });
  });
});

describe('a second reporting verb joined by "and" after a partly quoted claim', () => {
  it('"X called A “B” and said C": two claims of the same speaker', () => {
    const found = all('The harbour master, Olu Bakare, called the dredging plan a “slow disaster” and said fishermen had lost half their catch.');
    expect(found.map((a) => [a.source, a.claim])).toEqual([
      ['Olu Bakare', 'the dredging plan a “slow disaster”'],
      ['Olu Bakare', 'fishermen had lost half their catch'],
    ]);
  });
  it('« X a dénoncé A « B » et a demandé C »: the first claim stops before the second verb', () => {
    expect(one('Son avocate, Me Lise Aubry, a dénoncé une expertise « partiale » et a demandé un renvoi du procès.', 'fr')).toMatchObject({ source: 'Lise Aubry', claim: 'une expertise « partiale »' });
  });
  it('guard: a claim with a verb of its own keeps its "and" (its subject may go on)', () => {
    expect(one('The club said the owner had met the players and announced a new stadium.')).toMatchObject({ claim: 'the owner had met the players and announced a new stadium' });
  });
});

describe('a participle used as a noun after an article and an adjective', () => {
  it('« Le principal accusé du… a nié »: the whole phrase is the subject, never its complement', () => {
    expect(one('Le principal accusé du cambriolage de la mairie de Vernon a nié mardi toute implication.', 'fr')?.source).toBe('Le principal accusé du cambriolage de la mairie de Vernon');
  });
  it('guard: « L’agence prévoit de… » keeps its verb', () => {
    const found = all('Selon l’Office national des forêts (ONF), le feu a brûlé 300 hectares près de Digne. L’agence prévoit de nouvelles reprises de feu jusqu’à lundi.', 'fr');
    expect(found.map((a) => a.claim)).toContain('de nouvelles reprises de feu jusqu’à lundi');
  });
});

describe('fire services as sources', () => {
  it('« selon les pompiers », "according to firefighters", "the fire service said"', () => {
    expect(one('Un entrepôt a brûlé dans la nuit près de Douai, selon les pompiers.', 'fr')).toMatchObject({ source: 'les pompiers', sourceType: 'government', claim: 'Un entrepôt a brûlé dans la nuit près de Douai' });
    expect(one('A barn burned down near Ely overnight, according to firefighters.')).toMatchObject({ source: 'firefighters', sourceType: 'government' });
    expect(one('The fire service said the blaze near Ely was under control.')).toMatchObject({ source: 'The fire service', claim: 'the blaze near Ely was under control' });
  });
  it('guard: injured firefighters say nothing', () => {
    expect(all('Trois pompiers ont été légèrement blessés.', 'fr')).toEqual([]);
  });
});

describe('« considera probado que… »', () => {
  it('a court’s finding is the clause after « probado que », « acreditado que »', () => {
    expect(one('El tribunal considera probado que el acusado cobró al menos dos millones de euros.', 'es')).toMatchObject({ source: 'El tribunal', claim: 'el acusado cobró al menos dos millones de euros' });
    expect(one('El juez declara acreditado que la empresa pagó sobornos.', 'es')).toMatchObject({ source: 'El juez', claim: 'la empresa pagó sobornos' });
  });
});

describe('a plural common noun before a preposition heads a described source (an unnamed group), not the body after it', () => {
  it('"Pupils at the school said", « Des candidats à Thiès ont affirmé »: the group is unnamed', () => {
    expect(one('Pupils at the school said the rooms were cold.')).toMatchObject({ source: 'Pupils at the school', sourceType: 'unnamed' });
    expect(one('Des candidats à Thiès ont affirmé que les salles étaient froides.', 'fr')).toMatchObject({ sourceType: 'unnamed' });
    expect(one('Alumnos en la escuela dijeron que las aulas estaban frías.', 'es')).toMatchObject({ sourceType: 'unnamed' });
  });
  it('"…, it said" after a clause about such a group stands for the body that spoke last, not for the group', () => {
    const found = all('The board said it had opened 12 new centres. Pupils at those centres will get extra time for each paper, it said.');
    expect(found.map((a) => a.source)).toEqual(['The board', 'The board']);
    expect(found[1]?.claim).toBe('Pupils at those centres will get extra time for each paper');
  });
  it('guard: a source noun heading the phrase still types it', () => {
    expect(one('Officials at the ministry said the rooms were cold.')).toMatchObject({ sourceType: 'government' });
  });
});

describe('« poursuivre » reports only a quotation or a "que" clause (thatOnly)', () => {
  it('« poursuit-il » after a quotation reports; « poursuit l’enquête » is an act', () => {
    expect(all('La gendarmerie poursuit l’enquête sur l’incendie du hangar.', 'fr')).toEqual([]);
    expect(all('Le maire a salué les bénévoles. « Nous reconstruirons tout », poursuit-il.', 'fr').map((a) => a.claim)).toContain('Nous reconstruirons tout');
  });
});

describe('a reporting verb inside a relative clause with its own subject ("that the government says")', () => {
  it('gives the relative clause’s subject the claim, never the main clause before it', () => {
    expect(all('Parliament on Monday approved a set of tax changes that the government says will raise 5 billion dollars.')).toMatchObject([{ source: 'the government', claim: 'will raise 5 billion dollars' }]);
  });
  it('guard: a subject’s relative clause with a verb of its own is skipped as before', () => {
    expect(one('A senior official who asked not to be named said the talks had failed.')).toMatchObject({ source: 'A senior official', claim: 'the talks had failed' });
  });
});

describe('a verb joined by "and" to the words after a comma', () => {
  it('goes on their clause: the words before it are no speaker', () => {
    expect(all('The agency opened a shelter, a step first taken in 2021 and criticised at the time by some charities.')).toEqual([]);
  });
  it('guard: two speakers joined by "and" still speak', () => {
    expect(one('Prices rose again in May, the statistics office and the central bank said.')).toMatchObject({ source: 'the statistics office and the central bank', claim: 'Prices rose again in May' });
  });
});

describe('« assurer », « avancer », « observer » report only a quotation or a « que » clause (thatOnly)', () => {
  it('with a thing as object they are acts: a share of a market, an hour brought forward, a trend noticed', () => {
    expect(all('Le Sénégal assure environ 10 % de la production mondiale d’arachide.', 'fr')).toEqual([]);
    expect(all('La mairie a avancé d’une heure la fermeture des parcs.', 'fr')).toEqual([]);
    expect(all('Les hôteliers observent des réservations plus tardives.', 'fr')).toEqual([]);
  });
  it('with « que » they report', () => {
    expect(one('La ministre a assuré que les examens auraient lieu.', 'fr')).toMatchObject({ source: 'La ministre', claim: 'les examens auraient lieu' });
    expect(one('Le syndicat avance que 40 % des postes sont vacants.', 'fr')).toMatchObject({ source: 'Le syndicat', claim: '40 % des postes sont vacants' });
    expect(one('La fédération observe que les clubs manquent d’arbitres.', 'fr')).toMatchObject({ source: 'La fédération' });
  });
});

describe('"the directorate", "the division": a body’s head word stands for the last body of that name (lexicon anaphors)', () => {
  it('resolves to the named body', () => {
    expect(all('The Kalahari Wildlife Directorate counted 300 lions this year. Only 14 cubs were found, the directorate said.').at(-1)).toMatchObject({ source: 'Kalahari Wildlife Directorate', claim: 'Only 14 cubs were found' });
    expect(all('The Canadian Polar Division drilled 2,800 metres. The project cost 50 million dollars, according to the division.').at(-1)).toMatchObject({ source: 'Canadian Polar Division' });
  });
});

describe('a relative clause after the main clause’s verb, then a speaker closing the sentence', () => {
  it('the speaker said the whole clause: the relative is its object’s, not the subject’s (es, en)', () => {
    expect(one('Más de 2.000 personas esperaron para entrar en el teatro, que ofrecerá funciones gratuitas durante dos semanas, informó la dirección del centro.', 'es')).toMatchObject({ source: 'la dirección del centro' });
    expect(one('Thousands waited outside the theatre, which will offer free shows for two weeks, the management said.')).toMatchObject({ source: 'the management' });
  });
});
