import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const values = (text: string, lang: string) => extract(text, { lang }).figures.map((f) => f.value);

describe('the first day of a range of dates is a date', () => {
  it('reads « du 11 au 14 novembre », « entre el 12 y el 18 de agosto », "from 3 to 5 June" as dates', () => {
    expect(values('Le salon se tiendra du 11 au 14 novembre et attend 90 000 visiteurs.', 'fr')).toEqual([90000]);
    expect(values('Unos 4.300 migrantes cruzaron la selva entre el 12 y el 18 de agosto.', 'es')).toEqual([4300]);
    expect(values('The fair runs from 3 to 5 June and expects 200 stalls.', 'en')).toEqual([200]);
  });
  it('keeps a range of counts before a month word that is no date', () => {
    expect(values('Between 12 and 18 people were hurt in May.', 'en')).toEqual([12, 18]);
  });
});

describe('a minute of the match is a moment', () => {
  it('reads « en el minuto 112 » and « en los minutos 71 y 84 » as moments', () => {
    expect(values('Sosa marcó en el minuto 112 ante 41.000 espectadores.', 'es')).toEqual([41000]);
    expect(values('Ferreyra marcó dos goles en los minutos 71 y 84.', 'es')).toEqual([2]);
  });
});

describe('a minus sign after a word', () => {
  it('reads « jusqu’à -5 °C » and "fell to -12C" as below zero', () => {
    expect(extract('Les températures sont descendues jusqu’à -5 °C.', { lang: 'fr' }).figures[0]?.value).toBe(-5);
    expect(extract('Temperatures fell to -12C overnight.', { lang: 'en' }).figures[0]?.value).toBe(-12);
  });
  it('keeps a dash between two numbers a range or a score', () => {
    expect(values('The vote was 10-5 in favour.', 'en').every((v) => v > 0)).toBe(true);
  });
});

describe('a clock time written with spaces and a fiscal year written short', () => {
  it('reads the minutes of « 10 h 30 » as part of the time', () => {
    expect(values('Une assemblée générale est prévue à 10 h 30 gare de Lyon avec 400 grévistes.', 'fr')).toEqual([400]);
  });
  it('reads "2026/27" and "2025-26" as years', () => {
    expect(values('The government plans to borrow $5 billion in the 2026/27 fiscal year.', 'en')).toEqual([5e9]);
    expect(values('Exports rose 12% in the 2025-26 season.', 'en')).toEqual([12]);
  });
});
