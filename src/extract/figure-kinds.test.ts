import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const figures = (text: string, lang = 'en', countries: string[] = []) => extract(text, { lang, countries }).figures;
const one = (text: string, lang = 'en', countries: string[] = []) => figures(text, lang, countries)[0];

describe('figure kinds and units', () => {
  it('reads "rose 3.5 percentage points" as a percent in percentage points', () => {
    expect(one('Support for the plan rose 3.5 percentage points.')).toMatchObject({ value: 3.5, kind: 'percent', unit: 'percentage points' });
  });
  it('reads "75 basis points" and « 25 points de base » as percents in basis points', () => {
    expect(one('The bank cut its rate by 75 basis points.')).toMatchObject({ value: 75, kind: 'percent', unit: 'basis points' });
    expect(one('La banque a relevé son taux de 25 points de base.', 'fr')).toMatchObject({ value: 25, kind: 'percent', unit: 'basis points' });
  });
  it('reads bare « points » beside a percentage as percentage points, and alone as a count', () => {
    expect(figures('Sa cote atteint 41 %, en hausse de six points.', 'fr')[1]).toMatchObject({ value: 6, kind: 'percent', unit: 'percentage points' });
    expect(one('The centre scored 31 points in the final.')).toMatchObject({ value: 31, kind: 'count' });
  });
  it('reads "48 US cents a share" as money in cents', () => {
    expect(one('Earnings were 48 US cents a share.')).toMatchObject({ value: 48, kind: 'money', unit: 'US cents' });
  });
  it('reads a bare number that measures a rate as a percentage: « le taux directeur reste à zéro »', () => {
    expect(one('Le taux directeur a été maintenu à zéro.', 'fr')).toMatchObject({ value: 0, kind: 'percent' });
  });
  it('reads « dépasse les 40 % » as more than 40 %', () => {
    expect(one('Le chômage des jeunes dépasse les 40 % dans la région.', 'fr')).toMatchObject({ value: 40, qualifier: 'more-than' });
  });
  it('reads « superaron los 1,8 millones », « supera el 60 % » as more than the figure (es)', () => {
    expect(one('Los visitantes del parque superaron los 1,8 millones el año pasado.', 'es')).toMatchObject({ value: 1.8e6, qualifier: 'more-than' });
    expect(one('El desempleo juvenil supera el 35 % en la provincia.', 'es')).toMatchObject({ value: 35, qualifier: 'more-than' });
  });
  it('gives a range\'s first bound the range\'s unit and scale: « de 30 à 90 millions d’euros », "between six and 9 years"', () => {
    expect(figures('Le chantier coûtera de 30 à 90 millions d’euros.', 'fr').map((f) => [f.value, f.kind, f.unit])).toEqual([
      [30e6, 'money', 'EUR'],
      [90e6, 'money', 'EUR'],
    ]);
    expect(figures('They face between six and 9 years in jail.').map((f) => [f.value, f.kind])).toEqual([
      [6, 'duration'],
      [9, 'duration'],
    ]);
  });
});

describe("currencies by the story's countries", () => {
  it('reads "rupees" in a Sri Lankan story as LKR and in an Indian one as INR', () => {
    expect(one('The ministry in Colombo set aside 4 billion rupees for schools.', 'en', ['LK'])).toMatchObject({ kind: 'money', unit: 'LKR' });
    expect(one('The state set aside 4 billion rupees for schools.', 'en', ['IN'])).toMatchObject({ kind: 'money', unit: 'INR' });
  });
  it('reads « francs » in an Ivorian story as XOF and "pesos" in a Chilean one as CLP', () => {
    expect(one('Le kilo se vend 900 francs au marché de Daloa.', 'fr', ['CI'])).toMatchObject({ kind: 'money', unit: 'XOF' });
    expect(one('The fine reached 12 million pesos.', 'en', ['CL'])).toMatchObject({ kind: 'money', unit: 'CLP' });
  });
  it('reads « FCFA » in a Cameroonian story as XAF', () => {
    expect(one('Le sac de riz coûte 18 000 FCFA à Douala.', 'fr', ['CM'])).toMatchObject({ kind: 'money', unit: 'XAF' });
  });
  it('reads « DH » as Moroccan dirhams', () => {
    expect(one('Le groupe a dégagé 3,4 milliards de DH de bénéfice.', 'fr')).toMatchObject({ value: 3.4e9, kind: 'money', unit: 'MAD' });
  });
  it('keeps the usual code when no country of the story uses the family: "dollars" are USD', () => {
    expect(one('The charity raised 2 million dollars.', 'en', ['FR'])).toMatchObject({ kind: 'money', unit: 'USD' });
  });
});

describe('an earlier level written bare after a measure', () => {
  const read = (text: string, lang: string) => figures(text, lang).map((f) => [f.value, f.kind, f.unit]);
  it('gives the measure to the earlier level: "to 3 hours from 7.", « 40 dólares frente a 25. »', () => {
    expect(read('The bypass cuts the drive to 3 hours from 7.', 'en')).toEqual([
      [3, 'duration', 'hours'],
      [7, 'duration', 'hours'],
    ]);
    expect(read('La entrada costará 40 dólares frente a 25.', 'es')).toEqual([
      [40, 'money', 'USD'],
      [25, 'money', 'USD'],
    ]);
  });
  it('guard: an earlier level with a noun of its own or a scale unsaid keeps its own reading', () => {
    expect(read('Sales rose to 2.4 billion dollars from 800.', 'en')[1]).toEqual([800, 'count', null]);
    expect(read('Trips fell to 5 hours from 8 ports.', 'en')[1]).toEqual([8, 'count', 'ports']);
  });
});

describe('a time written in several parts', () => {
  const times = (text: string, lang: string) => figures(text, lang).map((f) => [f.text, f.kind, f.value, f.unit]);
  it('reads a race time as one duration in seconds: « 2 h 08 min 41 s », "1 hour 59 minutes 2 seconds"', () => {
    expect(times('La Norvégienne a gagné le marathon en 2 h 08 min 41 s.', 'fr')).toEqual([['2 h 08 min 41 s', 'duration', 7721, 'seconds']]);
    expect(times('She broke the record in 1 hour 59 minutes 2 seconds.', 'en')).toEqual([['1 hour 59 minutes 2 seconds', 'duration', 7142, 'seconds']]);
    expect(times('El ciclista terminó con 3 min 05 s de ventaja.', 'es')).toEqual([['3 min 05 s', 'duration', 185, 'seconds']]);
  });
  it('joins parts across "and": "the talks lasted 4 hours and 15 minutes"', () => {
    expect(times('The talks lasted 4 hours and 15 minutes.', 'en')).toEqual([['4 hours and 15 minutes', 'duration', 15300, 'seconds']]);
  });
  it('reads parts written in words: « una hora y 12 minutos », « deux heures et vingt minutes »', () => {
    expect(times('El corredor completó la etapa en una hora y 12 minutos.', 'es')).toEqual([['una hora y 12 minutos', 'duration', 4320, 'seconds']]);
    expect(times('Le vol a duré deux heures et vingt minutes.', 'fr')).toEqual([['deux heures et vingt minutes', 'duration', 8400, 'seconds']]);
  });
  it('guard: a count in words after a duration in words stays a count: « dos horas y cinco personas »', () => {
    expect(times('La espera duró tres horas y cuatro personas se desmayaron.', 'es')).toEqual([
      ['tres horas', 'duration', 3, 'hours'],
      ['cuatro personas', 'count', 4, 'personas'],
    ]);
  });
  it('never joins parts that do not fall in size or minutes past 59: a clock time and a count stay what they were', () => {
    expect(times('Le train part à 14 h 30.', 'fr')).toEqual([]);
    expect(times('He ran 12 minutes 80 seconds in training.', 'en').map((t) => t[0])).not.toContain('12 minutes 80 seconds');
  });
});
