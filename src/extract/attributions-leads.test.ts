// Issue 11: reporting shapes that Spanish news uses often, made by lexicon data on shared frames.
// Every sentence here is invented for these tests; where French or English has the same shape,
// a sentence in that language checks that the frame works there too.
import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const said = (text: string, lang: string) => extract(text, { lang }).attributions.map((a) => [a.source, a.claim]);

describe('a reporting verb after a preposition that opens a participle clause', () => {
  it('gives « …, al señalar que … » to the main clause’s subject', () => {
    expect(said('El ministro de Obras, Tomás Herrera Soto, mostró el lunes su rechazo a la huelga, al señalar que la medida no resolverá nada.', 'es')).toEqual([['Tomás Herrera Soto', 'la medida no resolverá nada']]);
  });

  it('gives « …, además de señalar que … » to an unnamed group', () => {
    expect(said('Los vecinos del barrio han presentado decenas de quejas, además de señalar que el agua llega turbia.', 'es')).toEqual([['Los vecinos', 'el agua llega turbia']]);
  });

  it('adds « al asegurar que … » to a speaker already found, and cuts the first claim there', () => {
    expect(said('El ministro de Obras, Tomás Herrera Soto, criticó el lunes la huelga de los camioneros, al asegurar que la medida no resolverá nada.', 'es')).toEqual([
      ['Tomás Herrera Soto', 'la huelga de los camioneros'],
      ['Tomás Herrera Soto', 'la medida no resolverá nada'],
    ]);
  });

  it('wants a that-clause after the preposition: « tras anunciar su candidatura » states nothing', () => {
    expect(said('El alcalde Luis Prado Ríos inauguró el puente, tras anunciar su candidatura.', 'es')).toEqual([]);
  });

  it('reads the same shape in French and English: « tout en estimant que », "after saying that"', () => {
    expect(said('Le maire Paul Girard a inauguré le pont lundi, tout en estimant que les travaux avaient pris du retard.', 'fr')).toEqual([['Paul Girard', 'les travaux avaient pris du retard']]);
    expect(said('The mayor, Paul Girard, opened the bridge on Monday, after saying that the works had run late.', 'en')).toEqual([['Paul Girard', 'the works had run late']]);
  });

  it('gives a participle found alone once, not once more as an added clause', () => {
    expect(said('The mayor opened the bridge on Monday, saying that the works had run late.', 'en')).toEqual([['The mayor', 'the works had run late']]);
  });
});

describe('documents and messages as sources', () => {
  it('gives a message to the person who published it: « afirma un mensaje publicado ayer por X »', () => {
    expect(said('"La escuela necesita techos nuevos", afirma un mensaje publicado ayer por Marta Ruiz Pardo, directora del colegio.', 'es')).toEqual([['Marta Ruiz Pardo', 'La escuela necesita techos nuevos']]);
  });

  it('gives « según los informes divulgados por X » to X, and « informaciones de la radio » to the radio', () => {
    expect(said('El puente quedó dañado, según los datos difundidos anoche por Protección Civil.', 'es')).toEqual([['Protección Civil', 'El puente quedó dañado']]);
    expect(said('La plaza central quedó bajo el agua, según informaciones de la radio.', 'es')).toEqual([['radio', 'La plaza central quedó bajo el agua']]);
  });

  it('reads official information as the government: « añade la información oficial »', () => {
    const r = extract('"El río sigue creciendo en la zona norte", añade la información oficial.', { lang: 'es' });
    expect(r.attributions.map((a) => [a.source, a.sourceType, a.claim])).toEqual([['la información oficial', 'government', 'El río sigue creciendo en la zona norte']]);
  });

  it('gives a document to its owner before "’s", past a time and a bracketed aside, and reads the owned word as a noun', () => {
    const text = 'The Ostwick Flood Agency met on Monday.\nAccording to the agency’s 9 a.m. (0100 GMT) statement, 640 households had been moved.';
    expect(said(text, 'en')).toEqual([['Ostwick Flood Agency', '640 households had been moved']]);
    expect(said('The Red Cross’s report said 41 people had died in the valley.', 'en')).toEqual([['Red Cross', '41 people had died in the valley']]);
  });

  it('reads a speaker written after a number with no comma: "…reached 1,204 the ministry said."', () => {
    const found = extract('After the latest reports, the count reached 1,204 the health ministry said.', { lang: 'en' }).attributions;
    expect(found.map((a) => [a.source, a.claim])).toEqual([['the health ministry', 'After the latest reports, the count reached 1,204']]);
  });

  it('keeps that speaker when a participle goes on after the verb: "…2,310 the agency said, adding: “…”"', () => {
    const found = extract('After the storm, the tally of children in wards climbed to 2,310 the agency said, adding: “About 900 of them went home this week.”', { lang: 'en' }).attributions;
    expect(found.map((a) => [a.source, a.claim])).toEqual([
      ['the agency', 'After the storm, the tally of children in wards climbed to 2,310'],
      ['the agency', 'About 900 of them went home this week'],
    ]);
  });

  it('reads a publisher after an adverbial in English and French, and the according-to phrase as one', () => {
    expect(said('The bridge will stay closed, according to a statement released on Monday by the Harbour Authority.', 'en')).toEqual([['Harbour Authority', 'The bridge will stay closed']]);
    expect(said('Le pont restera fermé, selon un communiqué publié lundi par l’Unicef.', 'fr')).toEqual([['Unicef', 'Le pont restera fermé']]);
  });
});

describe('several sources in one sentence', () => {
  it('gives « De acuerdo con X, …, según precisó Y » to both, each with the words between', () => {
    expect(said('De acuerdo con el Reglamento Interno, se necesitan 30 firmas, cifra que equivale a la mitad de los socios, según precisó el tesorero de la asociación, Andrés Molina Vega.', 'es')).toEqual([
      ['el Reglamento Interno', 'se necesitan 30 firmas, cifra que equivale a la mitad de los socios'],
      ['Andrés Molina Vega', 'se necesitan 30 firmas, cifra que equivale a la mitad de los socios'],
    ]);
  });

  it('reads no source in « según sean los datos de X » (depending on)', () => {
    expect(said('La presidenta Laura Gil Blanco añadió en Lima que los tipos se fijarán según sean los datos del Banco Central.', 'es')).toEqual([['Laura Gil Blanco', 'los tipos se fijarán según sean los datos del Banco Central']]);
  });
});

describe('captions, roles and press points', () => {
  it('reads « Según X, … » in a table-cell caption, with a role of several words whole', () => {
    expect(said('| Según el secretario de Estado, el museo seguirá abierto. (Foto: EFE) |', 'es')).toEqual([['el secretario de Estado', 'el museo seguirá abierto']]);
  });

  it('lets a press point or answers to the press stand between the verb and its speaker', () => {
    expect(said('La ministra Ana Gil Soto dijo que la obra avanza. "Ganamos en todas las provincias", señaló en un punto de prensa.', 'es')).toEqual([
      ['Ana Gil Soto', 'la obra avanza'],
      ['Ana Gil Soto', 'Ganamos en todas las provincias'],
    ]);
    expect(said('"Estamos listos para el traslado", ha añadido en declaraciones a la radio Pedro Luna Ortiz, el gobernador de Salta.', 'es')).toEqual([['Pedro Luna Ortiz', 'Estamos listos para el traslado']]);
  });

  it('reads a collegial body as a source: « el cuerpo colegiado explicó que … »', () => {
    expect(said('En la nota de prensa, el cuerpo colegiado explicó que prevé un alza de precios de 3%.', 'es')).toEqual([['el cuerpo colegiado', 'prevé un alza de precios de 3%']]);
  });
});

describe('no speaker', () => {
  it('reads a verb form after an indefinite article as a noun: « en medio de una alerta roja »', () => {
    expect(said('Los bomberos trabajaron toda la noche, en medio de una alerta roja.', 'es')).toEqual([]);
  });

  it('reads no speaker in an impersonal « se » verb or in a tail with an auxiliary', () => {
    expect(said('Solo se registró una queja formal, de parte del vecino de la calle Mayor.', 'es')).toEqual([]);
    expect(said('En público, la nueva alcaldesa del Palacio Municipal se ha querido presentar como una gestora firme.', 'es')).toEqual([]);
  });
});

describe('a quotation of several sentences closed before its speaker', () => {
  it('claims the whole quotation, not its last sentence, in Spanish, English and French', () => {
    expect(said('La diputada Rosa Vidal Campos habló tras la votación. "Esto no es una derrota, es un aviso. No vamos a rendirnos. Seguiremos en la calle", añadió.', 'es')[0]).toEqual([
      'Rosa Vidal Campos',
      'Esto no es una derrota, es un aviso. No vamos a rendirnos. Seguiremos en la calle',
    ]);
    expect(said('Rosa Vidal spoke after the vote. “This is no defeat. We will not give up now. We stay in the streets,” she said.', 'en')[0]).toEqual(['Rosa Vidal', 'This is no defeat. We will not give up now. We stay in the streets']);
    expect(said('Rosa Vidal a parlé après le vote. « Ce n’est pas une défaite. Nous ne renoncerons pas. Nous restons dans la rue », a-t-elle déclaré.', 'fr')[0]).toEqual([
      'Rosa Vidal',
      'Ce n’est pas une défaite. Nous ne renoncerons pas. Nous restons dans la rue',
    ]);
  });

  it('claims it whole when its last sentence opens on a conjunction and its closing mark is straight (“…")', () => {
    expect(said('Northfield beat Ostwick on Sunday. “Ostwick had the better of the opening sets. Yet for long spells we kept them on the back foot," added Peter Lund.', 'en')).toEqual([
      ['Peter Lund', 'Ostwick had the better of the opening sets. Yet for long spells we kept them on the back foot'],
    ]);
  });

  it('leaves a sentence that opens its own quotation as it was', () => {
    expect(said('Rosa Vidal spoke after the vote. “We stay in the streets,” she said.', 'en')).toEqual([['Rosa Vidal', 'We stay in the streets']]);
  });
});

describe('times between a trailing verb and its speaker, and verb forms that are nouns', () => {
  it('reads « …, estimó este jueves X », « …, informó ayer X » and « …, a estimé ce jeudi X »', () => {
    expect(said('La cosecha caerá, informó ayer el Ministerio de Agricultura.', 'es')).toEqual([['Ministerio de Agricultura', 'La cosecha caerá']]);
    expect(said('La tormenta dejó dos muertos, informó este domingo el Centro de Emergencias.', 'es')).toEqual([['Centro de Emergencias', 'La tormenta dejó dos muertos']]);
    expect(said('La récolte va baisser, a estimé ce jeudi la Bourse de Commerce de Lyon.', 'fr')).toEqual([['Bourse de Commerce', 'La récolte va baisser']]);
  });

  it('reads a present form after a definite article as a noun (« la alerta »), not after an object pronoun', () => {
    expect(said('Las autoridades decretaron este domingo la alerta roja en tres comunas del sur.', 'es')).toEqual([]);
    expect(said('La ministra Ana Gil Soto lo confirma: "Los precios bajarán este año".', 'es')).toEqual([['Ana Gil Soto', 'Los precios bajarán este año']]);
  });

  it('reads « atribuyó X a Y » as what the speaker put forward', () => {
    expect(said('La bióloga Laura Chacón Solís, que dirige el programa, atribuyó el aumento a la vigilancia nocturna.', 'es')).toEqual([['Laura Chacón Solís', 'el aumento a la vigilancia nocturna']]);
  });
});

describe('an object with a relative clause after the reporting verb', () => {
  it('keeps « unos resultados que … » whole, and still drops « a la prensa » before « que »', () => {
    expect(said('Horas antes, el tribunal electoral había anunciado unas cifras que daban ventaja al partido del gobierno.', 'es')).toEqual([['el tribunal electoral', 'unas cifras que daban ventaja al partido del gobierno']]);
    expect(said('La ministra Ana Gil Soto anunció a la prensa que el puente abrirá en mayo.', 'es')).toEqual([['Ana Gil Soto', 'el puente abrirá en mayo']]);
    expect(said('Le ministre Paul Girard a annoncé une enquête que la presse réclamait.', 'fr')).toEqual([['Paul Girard', 'une enquête que la presse réclamait']]);
  });
});

describe('a quotation after a short lead that goes on with the last one', () => {
  const claims = (text: string, lang = 'en') => extract(text, { lang }).attributions.map((a) => `${a.source}: ${a.claim}`);
  it('keeps the speaker of a quotation that ended the sentence before', () => {
    expect(claims('The mayor said "water will be back on Monday". However, "the works will last until June".')).toEqual(['The mayor: water will be back on Monday', 'The mayor: the works will last until June']);
    expect(claims('Le maire a indiqué que « l’eau reviendra lundi ». En revanche, « les travaux dureront jusqu’en juin ».', 'fr')[1]).toBe('Le maire: les travaux dureront jusqu’en juin');
    expect(claims('La alcaldesa explicó que, para el centro, "el agua ya volvió". Aun así, "los barrios del norte siguen sin servicio".', 'es')[1]).toBe('La alcaldesa: los barrios del norte siguen sin servicio');
  });
  it('never after a claim that did not end on a quotation, nor after a lead with a name in it', () => {
    expect(claims('The mayor said the water would be back on Monday. However, "the works will last until June".')).toHaveLength(1);
    expect(claims('The mayor said "water will be back on Monday". In Ostwick, "nobody believes it".')).toHaveLength(1);
  });
});

describe('a quotation after a colon, then a participle that goes on', () => {
  const claims = (text: string, lang = 'en') => extract(text, { lang }).attributions.map((a) => `${a.verb}: ${a.claim}`);
  it('keeps the quotation as the claim and reads what the participle adds as a second one', () => {
    expect(claims('Coach Ada Holt said: “We lost our shape late on,” adding that the back line tired after the break.')).toEqual(['said: We lost our shape late on', 'adding: the back line tired after the break']);
    expect(claims('Le ministre a déclaré : « Nous tiendrons nos engagements », ajoutant que le budget serait voté en mai.', 'fr')).toEqual(['a déclaré: Nous tiendrons nos engagements', 'ajoutant: le budget serait voté en mai']);
    expect(claims('La ministra dijo: "Cumpliremos", añadiendo que el presupuesto se votará en mayo.', 'es')).toEqual(['dijo: Cumpliremos', 'añadiendo: el presupuesto se votará en mayo']);
  });
});

describe('"call on" as one reporting verb', () => {
  it('keeps "on" out of the claim: "called on residents to boil their water"', () => {
    const [found] = extract('The mayor called on residents to boil their water.', { lang: 'en' }).attributions;
    expect(found).toMatchObject({ verb: 'called on', claim: 'residents to boil their water' });
  });
});

describe('« De source … » opening a sentence', () => {
  const said = (text: string) => extract(text, { lang: 'fr' }).attributions.map((a) => `${a.source}: ${a.claim}`);
  it('names its source with the noun « source », and skips an impersonal report', () => {
    expect(said('De source diplomatique, les négociations reprendront lundi à Genève.')).toEqual(['source diplomatique: les négociations reprendront lundi à Genève']);
    expect(said('De source hospitalière, on précise que deux blessés sont dans un état grave.')).toEqual(['source hospitalière: deux blessés sont dans un état grave']);
  });
});

describe('a participle after a subject with a relative clause', () => {
  it('"X, which makes…, raised its target, citing…": X cites, the clause is no lead', () => {
    const found = extract('Ostmark Systems, which builds cables, modems and antennas, lifted its sales goal, citing strong demand in Asia.', { lang: 'en' }).attributions;
    expect(found.map((a) => `${a.source}: ${a.claim}`)).toEqual(['Ostmark Systems: strong demand in Asia']);
  });
});

describe('an according-to phrase after a conjunction, and a time phrase before a trailing speaker', () => {
  it('reads « Et d’après X, … » and "But according to X, …" as opening the sentence', () => {
    expect(said('Et d’après un sondage commandé par l’hebdomadaire Ostwick Matin, 41 % des électeurs approuvent le maire.', 'fr')).toEqual([['Ostwick Matin', '41 % des électeurs approuvent le maire']]);
    expect(said('But according to the Ostwick Water Board, the dam is safe.', 'en')).toEqual([['Ostwick Water Board', 'the dam is safe']]);
  });
  it('never makes a claim of a time phrase alone: « Le lendemain, une note … reprochait … »', () => {
    expect(said('Le lendemain, une note de l’association Vigie Rivière reprochait à la mairie sa négligence.', 'fr').map(([, claim]) => claim)).not.toContain('Le lendemain');
    expect(said('The day before, a report by the Ostwick Water Board blamed the council.', 'en').map(([, claim]) => claim)).not.toContain('The day before');
  });
});

describe('a quotation of several sentences after a quoted speaker, in the same paragraph', () => {
  it('goes on whole with that speaker', () => {
    const text = '« Ce vote est un coup de force », a réagi l’élue Rosa Vidal. « Au conseil, nous ne lâcherons rien. Nous avons saisi le tribunal. » Puis elle est partie.';
    expect(said(text, 'fr')).toEqual([
      ['Rosa Vidal', 'Ce vote est un coup de force'],
      ['Rosa Vidal', 'Au conseil, nous ne lâcherons rien. Nous avons saisi le tribunal'],
    ]);
  });
});

describe('a dropped subject after a prepositional lead', () => {
  it('speaks for the last speaker: « En el comunicado de marzo, calcularon que… »', () => {
    const text = 'El consejo del banco central dijo que mantendrá la tasa.\nEn el comunicado de marzo, calcularon que los precios bajarían antes del verano.';
    expect(said(text, 'es')[1]).toEqual(['El consejo del banco central', 'los precios bajarían antes del verano']);
  });
});

describe('a study that establishes a finding', () => {
  it('reports « a établi que… », never « a établi un record »', () => {
    expect(said('Une étude de l’Institut Ostra a établi que 40 % des rivières sont polluées.', 'fr')).toEqual([['Institut Ostra', '40 % des rivières sont polluées']]);
    expect(said('La nageuse Léa Marchal a établi un record du monde samedi.', 'fr')).toEqual([]);
  });
});
