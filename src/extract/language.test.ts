import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';

describe('language', () => {
  it('detects French news, even « a rapporté un média d’Etat »', () => {
    expect(detectLanguage('Le dirigeant a promis un soutien, a rapporté un média d’Etat jeudi.', null)).toBe('fr');
  });
  it('detects English news', () => {
    expect(detectLanguage('The minister said on Thursday that the talks would resume next week.', null)).toBe('en');
  });
  it('decides very short texts by stopwords', () => {
    expect(detectLanguage('le chat et la souris', null)).toBe('fr');
    expect(detectLanguage('the cat and the dog', null)).toBe('en');
  });
  it('detects Spanish wire copy: « dijo el ministro a EFE »', () => {
    expect(detectLanguage('Quito (Ecuador), 4 feb (EFE).- El ministro de Energía dijo este martes a EFE que los cortes de luz terminarán en marzo.', null)).toBe('es');
  });
  it('detects a short Spanish sentence by its own stopwords', () => {
    expect(detectLanguage('los niños y las niñas del barrio', null)).toBe('es');
  });
  it('decides a short text of words French and Spanish share by all their stopwords: « Le maire a parlé de la crise »', () => {
    expect(detectLanguage('Le maire a parlé de la crise.', null)).toBe('fr');
  });
  it('lets frontmatter lang win', () => {
    expect(detectLanguage('The minister said on Thursday that talks would resume.', 'fr')).toBe('fr');
  });
  it('never throws on empty or odd text', () => {
    expect(detectLanguage('', null)).toBe('en');
    expect(detectLanguage('12345 !!! ???', null)).toBe('en');
  });
});
