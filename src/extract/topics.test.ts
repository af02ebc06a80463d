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
