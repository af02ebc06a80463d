import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const all = (text: string, lang = 'en') => extract(text, { lang }).attributions;
const one = (text: string, lang = 'en') => all(text, lang)[0];

describe('who was asked, after a verb of asking (lexicon addressee verbs, class addressee-preposition)', () => {
  it('is no part of the claim: « a demandé à la mairie de… », « pidió al Gobierno el envío… »', () => {
    expect(one('La directrice de l’école, Anne Viala, a demandé à la mairie de financer un nouveau préau.', 'fr')).toMatchObject({ source: 'Anne Viala', claim: 'financer un nouveau préau' });
    expect(one('Le syndicat a demandé aux autorités de rouvrir la ligne.', 'fr')?.claim).toBe('rouvrir la ligne');
    expect(one('El gobernador, Tomás Urrutia, pidió al Gobierno el envío de más médicos.', 'es')).toMatchObject({ source: 'Tomás Urrutia', claim: 'el envío de más médicos' });
  });
  it('guard: keeps what was asked when no one is named as asked', () => {
    expect(one('Le syndicat a demandé de nouvelles garanties.', 'fr')?.claim).toBe('de nouvelles garanties');
    expect(one('La alcaldesa, Lidia Paz, pidió calma a los vecinos.', 'es')?.claim).toContain('calma');
  });
});

describe('a phrase after the verb that says where or before whom (« ante los vecinos »)', () => {
  it('is never the speaker', () => {
    const found = all('La alcaldesa recorrió el barrio inundado. "Nadie se quedará sin casa", aseguró ante los vecinos.', 'es');
    expect(found.map((a) => a.source)).not.toContain('ante los vecinos');
  });
  it('is passed over to the speaker after it: « aseguró en Tarifa el ministro »', () => {
    expect(one('"La frontera seguirá abierta", aseguró en Tarifa el ministro del Interior.', 'es')?.source).toBe('el ministro del Interior');
    expect(one('« La frontière restera ouverte », a déclaré à Menton le ministre de l’Intérieur.', 'fr')?.source).toBe('le ministre de l’Intérieur');
    expect(one('« La frontière restera ouverte », a déclaré devant les élus Paul Marchand.', 'fr')?.source).toBe('Paul Marchand');
  });
});

describe('a title as subject after a named speaker (class office-title)', () => {
  it('is not a person named before who holds no such office: « le Premier ministre » after a unionist', () => {
    const found = all('« Les loyers explosent », a dénoncé Lucie Carmet, de l’association Droit au toit. Le Premier ministre a assuré que le plan serait maintenu.', 'fr');
    expect(found.find((a) => a.verb === 'a assuré')?.source).toBe('Le Premier ministre');
    const en = all('"Rents are out of control," said Lucie Carmet of the tenants’ union. The prime minister said the plan would stay.');
    expect(en.find((a) => a.verb === 'said' && a.claim.startsWith('the plan'))?.source).not.toBe('Lucie Carmet');
    const es = all('"Los alquileres están disparados", denunció Lucía Carmona, de la asociación de inquilinos. La ministra aseguró que el plan seguirá adelante.', 'es');
    expect(es.find((a) => a.verb === 'aseguró')?.source).not.toBe('Lucía Carmona');
  });
  it('guard: names the holder introduced with that title, and a player by another word of the same trade', () => {
    expect(all('Prime Minister Ann Lowe visited the plant. The prime minister said the jobs would stay.').find((a) => a.verb === 'said')?.source).toBe('Ann Lowe');
    expect(all('L’attaquant Dailo Sanches a signé pour trois ans. « C’est un rêve », a déclaré le joueur.', 'fr').find((a) => a.verb === 'a déclaré')?.source).toBe('Dailo Sanches');
  });
});

describe('a scene before the comma ("After the meeting, X said…")', () => {
  it('is no claim: a phrase a preposition opens, with no verb, only says when or where', () => {
    expect(all('In an interview with the Harbour Gazette, Joan Pryce said nurses were leaving for jobs abroad.')[0]).toMatchObject({ source: 'Joan Pryce', claim: 'nurses were leaving for jobs abroad' });
    expect(all('After the hearing, the mayor said.').map((a) => a.claim)).not.toContain('After the hearing');
  });
  it('guard: a clause before the comma is still the claim', () => {
    expect(all('In March, prices rose by 5 percent, the agency said.')[0]).toMatchObject({ source: 'the agency', claim: 'In March, prices rose by 5 percent' });
  });
});

describe('a dropped subject after a sentence opened by a role (« La presidenta… visitó… "…", aseguró »)', () => {
  it('is not an older speaker', () => {
    const found = all('"Las casas no resistieron", explicó el alcalde de Ventas, Iñaki Goñi. La presidenta del país visitó la zona el martes. "No vamos a dejar solo a nadie", aseguró ante los vecinos.', 'es');
    expect(found.find((a) => a.claim === 'No vamos a dejar solo a nadie')?.source).not.toBe('Iñaki Goñi');
  });
  it('guard: goes on with the speaker of the sentence before', () => {
    const found = all('"Las casas no resistieron", explicó el alcalde de Ventas, Iñaki Goñi. "Necesitamos tiendas de campaña", añadió.', 'es');
    expect(found.find((a) => a.verb === 'añadió')?.source).toBe('Iñaki Goñi');
  });
});
