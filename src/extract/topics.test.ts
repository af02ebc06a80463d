import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

describe('topics', () => {
  it('puts war first for a war story, in French, with French labels', () => {
    const topics = extract('Les troupes russes ont lancé une offensive. Les combats et les frappes de missiles ont fait des morts parmi les soldats. La guerre continue.').topics;
    expect(topics[0]).toEqual({ id: 'conflict-war-and-peace', iptc: 'medtop:16000000', label: 'Conflits, guerres et paix' });
  });
  it('finds health in an English outbreak story', () => {
    const topics = extract('A cholera outbreak has killed 40 patients. Hospitals lack vaccines, doctors said. The health ministry expects more infections.').topics;
    expect(topics.map((t) => t.id)).toContain('health');
  });
  it('lets frontmatter topics win', () => {
    expect(extract('La guerre continue, les soldats combattent.', { topics: ['sport'] }).topics.map((t) => t.id)).toEqual(['sport']);
  });
});

describe('topic ranking prefers the event over its setting', () => {
  const first = (text: string, meta = {}) => extract(text, meta).topics[0]?.id;
  it('puts a strike under labour, not health or education', () => {
    expect(first('Hospital doctors began a strike over pay on Monday. Patients saw appointments cancelled as doctors joined picket lines.', { lang: 'en' })).toBe('labour');
    expect(first('Les enseignants des écoles publiques ont entamé une grève. Les élèves sont privés de cours, et les enseignants réclament des hausses de salaire.')).toBe('labour');
  });
  it('puts a cyclone, a flood or a drought under disasters, not weather', () => {
    expect(first('A cyclone hit the coast overnight with heavy rain and strong winds. Thousands of homes lost power and roads were cut.', { lang: 'en' })).toBe('disaster-accident-and-emergency-incident');
    expect(first('Des inondations ont fait dix morts après des pluies diluviennes. Des quartiers entiers restent inondés et la météo prévoit de nouvelles averses.')).toBe('disaster-accident-and-emergency-incident');
    expect(first('The drought has left two million people short of food. Rainfall was below average for a third season.', { lang: 'en' })).toBe('disaster-accident-and-emergency-incident');
  });
  it('weighs the title more than the body', () => {
    const body = 'Scientists said the software was used by students. The university said the data was lost.';
    expect(first(body, { lang: 'en', title: 'Hackers stole data in a cyberattack on a university' })).toBe('crime-law-and-justice');
  });
});

describe('secondary topics', () => {
  const ids = (text: string, lang: string) => extract(text, { lang }).topics.map((t) => t.id);
  it('adds science to a volcanic eruption and environment to mining pollution', () => {
    expect(ids('The eruption forced thousands to flee. Volcanologists recorded intense seismic activity, and seismologists warned of a new eruption.', 'en')).toContain('science-and-technology');
    expect(ids('La pollution au mercure des rivières par l’orpaillage inquiète. Les rivières sont contaminées et la pollution s’étend.', 'fr')).toContain('environment');
  });
});
