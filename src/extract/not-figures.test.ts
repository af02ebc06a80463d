import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const figures = (text: string, lang = 'fr') => extract(text, { lang }).figures;
const values = (text: string, lang = 'fr') => figures(text, lang).map((f) => f.value);

describe('not figures', () => {
  it('reads no figure in an ordinal that numbers an occurrence: « la 12e édition », "the fourth quarter", « le 1er semestre »', () => {
    expect(figures('La 12e édition du salon a ouvert ses portes.')).toEqual([]);
    expect(figures('Profits fell in the fourth quarter.', 'en')).toEqual([]);
    expect(figures('Les ventes ont baissé au 1er semestre.')).toEqual([]);
    expect(figures('The bill goes to a second reading next week.', 'en')).toEqual([]);
  });
  it('reads a rank where the ordinal places something in a ranking: « à la quatrième place », "finished sixth", "ranked 41st"', () => {
    expect(figures('L’équipe remonte à la quatrième place du classement.')).toMatchObject([{ value: 4, kind: 'rank' }]);
    expect(figures('The Dutch rider finished sixth in the sprint.', 'en')).toMatchObject([{ value: 6, kind: 'rank' }]);
    expect(figures('The country ranked 41st on the press freedom index.', 'en')).toMatchObject([{ value: 41, kind: 'rank' }]);
  });
  it('reads no figure in a moment of a match: « a los 5 minutos », "six minutes left", « à deux minutes de la fin »', () => {
    expect(values('A los 3 minutos del segundo tiempo, el delantero abrió el marcador.', 'es')).toEqual([]);
    expect(values('A cinco minutos del final, el visitante empató.', 'es')).toEqual([]);
    expect(values('The winger scored with four minutes left.', 'en')).toEqual([]);
    expect(values('À deux minutes de la fin, l’attaquant a égalisé.')).toEqual([]);
    // A duration stays one: "the talks lasted 40 minutes".
    expect(values('The talks lasted 40 minutes.', 'en')).toEqual([40]);
    expect(values('El rescate duró 35 minutos.', 'es')).toEqual([35]);
  });
  it('reads no figure in a shirt or bib number: « el dorsal 9 », "shirt 8", « dossard 51 »', () => {
    expect(values('El delantero, que portó el dorsal 9 ante la baja del capitán, marcó de cabeza.', 'es')).toEqual([]);
    expect(values('The midfielder, who wore shirt 8, scored late on.', 'en')).toEqual([]);
    expect(values('Le coureur, dossard 51, a abandonné.')).toEqual([]);
  });
  it('reads no figure in a clock time after its article: « a las 20.45 », « para las 4 y »', () => {
    expect(values('El partido empezará a las 20.45 en el estadio.', 'es')).toEqual([]);
    expect(values('La reunión, prevista para las 3 de la tarde, se retrasó hasta las 5 y luego se suspendió.', 'es')).toEqual([]);
    // With a noun after it, the number counts: « de las 12 víctimas ».
    expect(values('De las 12 víctimas, 4 eran niños.', 'es')).toEqual([12, 4]);
  });
  it('reads no figure in the age of someone named by a demonym: « un hondureño de 31 años », « un Malien de 23 ans »', () => {
    expect(values('Un hondureño de 31 años cruzó el río a nado.', 'es')).toEqual([]);
    expect(values('Un Malien de 23 ans a été arrêté.', 'fr')).toEqual([]);
    // An adjective of nationality after a thing leaves its duration a figure.
    expect(values('Le régime malien de 30 ans est tombé.', 'fr')).toEqual([30]);
  });
  it('reads no share in a half that is no share of anything: « la media regional », « un kilo y medio », « deux ans et demi »', () => {
    expect(values('La inflación está por encima de la media regional.', 'es')).toEqual([]);
    expect(values('Un kilo y medio de cocaína fue incautado.', 'es')).toEqual([]);
    expect(figures('Il a purgé deux ans et demi de prison.', 'fr').map((f) => f.kind)).toEqual(['duration']);
    // A share and a half of a scale stay figures.
    expect(values('Más de la mitad de los hogares no tiene agua.', 'es')).toEqual([50]);
    expect(values('Medio millón de personas huyeron.', 'es')).toEqual([500000]);
  });
  it('reads an article after a word of place and approximation as an article: « alrededor de una estrella »', () => {
    expect(values('Tres planetas orbitan alrededor de una estrella enana.', 'es')).toEqual([3]);
    expect(values('Cerca de una escuela estalló un coche bomba.', 'es')).toEqual([]);
    // A bound keeps one a figure: « al menos una persona », "around one million".
    expect(values('Al menos una persona murió.', 'es')).toEqual([1]);
    expect(values('Around one million people voted.', 'en')).toEqual([1000000]);
  });
  it('reads no figure in a match score "won 4-2" or « (2-0) »', () => {
    expect(figures('Lyon won 4-2 against Lens on Sunday.', 'en')).toEqual([]);
    expect(figures('Le club corse s’est incliné (2-0) face à Brest.')).toEqual([]);
  });
  it('reads a vote tally "passed 61-37" as two counts', () => {
    expect(values('The Senate vote passed 61-37 after a long debate.', 'en')).toEqual([61, 37]);
  });
  it('reads no figure in a code glued to its digits: "5G", "0930GMT", "@3"', () => {
    expect(figures('The operator switched on its 5G network.', 'en')).toEqual([]);
    expect(figures('The report was issued at 0930GMT.', 'en')).toEqual([]);
    expect(figures('Ask @3 tellers for help.', 'en')).toEqual([]);
  });
  it('keeps a unit symbol glued to its digits: "40C", "300MW"', () => {
    expect(figures('Temperatures hit 40C in the capital.', 'en')).toHaveLength(1);
    expect(figures('The plant adds 300MW to the grid.', 'en')).toHaveLength(1);
  });
  it('reads no figure in an age after a person noun: « une retraitée de 71 ans »', () => {
    expect(figures('Une retraitée de 71 ans a été secourue.')).toEqual([]);
    expect(figures('Le peintre belge de 58 ans expose à Namur.')).toEqual([]);
  });
  it('still reads « une peine de 12 ans » as a duration', () => {
    expect(figures('Il a écopé d’une peine de 12 ans.')).toMatchObject([{ value: 12, kind: 'duration' }]);
  });
  it('reads no figure in "almost a year after" but a duration in "more than a year"', () => {
    expect(figures('The trial opened almost a year after the arrests.', 'en')).toEqual([]);
    expect(figures('The talks lasted more than a year.', 'en')).toMatchObject([{ value: 1, kind: 'duration', qualifier: 'more-than' }]);
  });
  it('reads a lone "one" before a noun as no figure, but counts "one point behind"', () => {
    expect(figures('Only one bidder came forward.', 'en')).toEqual([]);
    expect(values('The club sits one point behind the leaders.', 'en')).toEqual([1]);
  });
  it('reads a count with a minus sign as its size: « (-2.400 postes) » is 2,400', () => {
    expect(values('Le plan prévoit des suppressions de postes (-2.400).')).toEqual([2400]);
  });
});

describe('scores written with a word', () => {
  it('reads no figure in « ganó 3 a 0 », « s’est imposé 2 à 1 », "beat Hull 3 to 1"', () => {
    expect(values('Colombia venció 3 a 0 a Perú en el estadio de Cali ante 40.000 personas.', 'es')).toEqual([40000]);
    expect(values('Lyon s’est imposé 2 à 1 face à Nantes devant 30 000 spectateurs.')).toEqual([30000]);
    expect(values('Leeds beat Hull 3 to 1 on Saturday in front of 20,000 fans.', 'en')).toEqual([20000]);
  });

  it('keeps a range or two numbers of a unit: « de 3 a 5 años », « de 2 à 4 euros », "from 3 to 2 weeks"', () => {
    expect(figures('El equipo ganó la final; el juez condenó al entrenador a una pena de 3 a 5 años de prisión.', 'es').map((f) => [f.value, f.unit])).toEqual([
      [3, 'years'],
      [5, 'years'],
    ]);
    expect(values('Après la victoire, le prix du billet passera de 2 à 4 euros.')).toEqual([2, 4]);
    expect(values('The win cut waiting times from 3 to 2 weeks.', 'en')).toEqual([3, 2]);
  });

  it('never lets a Spanish range take its joiner « a » as its unit', () => {
    expect(figures('Los precios subirán de 20 a 80 euros.', 'es').map((f) => [f.value, f.unit])).toEqual([
      [20, 'EUR'],
      [80, 'EUR'],
    ]);
  });
});

describe('a day of the week is no unit', () => {
  it('reads no unit in a weekday after a number: « 310 sièges sur 520 mardi », « 30 escaños de 60 lunes por la noche »', () => {
    expect(figures('Le bloc a décroché 310 sièges sur 520 mardi.').map((f) => f.unit)).toEqual(['sièges', null]);
    expect(figures('La alianza sumó 30 escaños de 60 lunes por la noche.', 'es').map((f) => f.unit)).toEqual(['escaños', null]);
  });
});

describe('ages given as a bound', () => {
  it('reads no figure in an age bound after a verb of having an age: « a plus de 65 ans », « tienen menos de 30 años », "is over 65"', () => {
    expect(values('Un habitant sur trois du canton a plus de 70 ans.')).toEqual([33.33]);
    expect(values('Le sondage a interrogé 900 salariés, dont la moitié avaient moins de 30 ans.')).toEqual([900, 50]);
    expect(values('Dos de cada cinco socios del club tienen más de 60 años.', 'es')).toEqual([40]);
    expect(values('One in five residents of the valley is over 70.', 'en')).toEqual([20]);
    expect(values('The outbreak sickened 1,400 people, most of them under 10.', 'en')).toEqual([1400]);
  });
  it('guard: keeps a bound with no people or with a time ago: "the index was under 50", « il y a plus de 40 ans »', () => {
    expect(values('The factory index was under 50.', 'en')).toEqual([50]);
    expect(values('Il y a plus de 40 ans, le village comptait 3 000 habitants.')).toEqual([40, 3000]);
  });
});

describe('ages given as a range', () => {
  it('reads no figure in a range of ages: « niñas de 2 a 5 años y de 6 a 10 años », "aged 2 to 6", « âgés de 18 à 25 ans »', () => {
    expect(values('Los brotes se concentran en niñas de 2 a 5 años y de 6 a 10 años de la zona rural.', 'es')).toEqual([]);
    expect(values('Hay 4.200 alumnos con edades de 12 a 15 años en el distrito.', 'es')).toEqual([4200]);
    expect(values('The clinic treated 310 pupils aged 2 to 6 and 7 to 11 last winter.', 'en')).toEqual([310]);
    expect(values('Most patients were toddlers aged between 1 and 3 years.', 'en')).toEqual([]);
    expect(values('Les électeurs âgés de 18 à 25 ans boudent le scrutin, et les garçons de 6 à 10 ans aussi.')).toEqual([]);
    // A range of years that is no age stays two figures.
    expect(values('La peine de l’armateur passe de 5 à 8 ans.')).toEqual([5, 8]);
  });
});
