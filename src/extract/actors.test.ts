import { describe, expect, it } from 'vitest';
import { extract } from './testing.ts';

const actors = (text: string, lang = 'fr') => extract(text, { lang }).actors;
const named = (text: string, lang = 'fr') => actors(text, lang).map((a) => a.name);

describe('actors', () => {
  it('finds a person after a role and keeps the role as written, with the country of its demonym', () => {
    const [lee] = actors('Quelque 600 soldats ont été tués, a indiqué le député sud-coréen Lee Seong-kweun.');
    expect(lee).toMatchObject({ name: 'Lee Seong-kweun', type: 'person', roles: ['député sud-coréen'], country: 'KR' });
  });
  it('a role inside a clause after the name (« referring to coach X ») is the next person’s, not the speaker’s', () => {
    const found = actors('“We knew it would take time,” said Halvorsen, referring to coach Ivo Marchetti.', 'en');
    expect(found.map((a) => [a.name, a.roles])).toEqual(
      expect.arrayContaining([
        ['Ivo Marchetti', ['coach']],
        ['Halvorsen', []],
      ]),
    );
    expect(actors('« Rien n’est joué », a dit Delorme, avec le maire Paul Arnaud.').map((a) => [a.name, a.roles])).toEqual(
      expect.arrayContaining([
        ['Paul Arnaud', ['maire']],
        ['Delorme', []],
      ]),
    );
  });
  it('a club’s name ends before its officer’s title and name: the club and the person are two actors', () => {
    expect(named('Real Madrid President Carlos Ventura said the offer was fair.', 'en')).toEqual(expect.arrayContaining(['Real Madrid', 'Carlos Ventura']));
    expect(named('Le président du Real Madrid Carlos Ventura a refusé l’offre.')).toEqual(expect.arrayContaining(['Real Madrid', 'Carlos Ventura']));
    // A club the lexicon does not know: its name still stops at the title.
    expect(named('Sporting Vilares President Nuno Ferraz said the offer was fair.', 'en')).toEqual(expect.arrayContaining(['Sporting Vilares', 'Nuno Ferraz']));
  });
  it('a later mention by the ending of a body’s name joins that body, unless two bodies end so', () => {
    const one = actors('The Ostwick Harbour Authority (OHA) closed the bay on Monday.\nThe Harbour Authority said stocks had fallen by half.', 'en');
    expect(one.map((a) => [a.name, a.mentions])).toEqual([['Ostwick Harbour Authority', 2]]);
    // Named before the full name, the same words are a body of their own.
    const before = named('The Harbour Authority opened the port on Monday.\nThe Ostwick Harbour Authority (OHA) closed it again on Tuesday.', 'en');
    expect(before).toEqual(expect.arrayContaining(['Harbour Authority', 'Ostwick Harbour Authority']));
    const two = named('Manchester City and Manchester United met on Sunday.\nUnited won, and City said it would appeal.', 'en');
    expect(two).toEqual(['Manchester City', 'Manchester United']);
    // "Northern Bank" and "Southern Bank" both end in "Bank": a lone "Bank" names neither.
    expect(actors('Northern Bank and Southern Bank raised rates.\nBank said the rise was small.', 'en').every((a) => a.mentions === 1)).toBe(true);
  });
  it('merges « M. Choïgou » into the person and reads the role after the name', () => {
    const list = actors('La visite de Sergueï Choïgou a eu lieu. M. Choïgou, ancien ministre russe de la Défense, a parlé.');
    expect(list.filter((a) => a.type === 'person')).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Sergueï Choïgou', country: 'RU' });
    expect(list[0]?.roles).toContain('ancien ministre russe de la Défense');
  });
  it('keeps name particles: Ursula von der Leyen, Luiz Inácio Lula da Silva', () => {
    expect(named('The president of the commission, Ursula von der Leyen, said talks would resume.', 'en')).toContain('Ursula von der Leyen');
    expect(named('Le président Luiz Inácio Lula da Silva a salué les chiffres.')).toContain('Luiz Inácio Lula da Silva');
  });
  it('gives Kim Jong Un and Kim Jong-un the same id', () => {
    expect(actors('Le dirigeant Kim Jong Un a parlé.')[0]?.id).toBe(actors('Leader Kim Jong-un spoke on Monday.', 'en')[0]?.id);
  });
  it('gives ONU and UN the same id, and reads acronyms introduced in parentheses', () => {
    expect(actors('L’ONU a condamné le tir.')[0]?.id).toBe(actors('The UN condemned the launch.', 'en')[0]?.id);
    const [who] = actors('L’Organisation mondiale de la santé (OMS) a appelé à agir. L’OMS a ajouté que la situation était grave.');
    expect(who).toMatchObject({ type: 'organization', id: 'who', mentions: 2 });
  });
  it('never takes places, days, months or sentence starts for people', () => {
    expect(named('Moscou et Pyongyang ont signé jeudi en avril. Selon Kiev, rien ne change.')).toEqual([]);
    expect(named('On Monday, Scientists in Brasília said June was dry.', 'en')).toEqual([]);
  });
  it('finds English titles inside a run of capitals: "Environment Minister Luiza Bragança"', () => {
    const [minister] = actors('“It works,” Environment Minister Luiza Bragança told reporters.', 'en');
    expect(minister).toMatchObject({ name: 'Luiza Bragança', type: 'person', roles: ['Environment Minister'] });
  });
});

describe('actors: more shapes', () => {
  it('keeps small words inside organisation names: "Ministry of Water and Irrigation", « Observatoire du climat »', () => {
    expect(named('Supplies will fall, the Ministry of Water and Irrigation said.', 'en')).toContain('Ministry of Water and Irrigation');
    expect(named('L’Observatoire du climat, qui fédère des ONG, juge la tendance bonne.')).toContain('Observatoire du climat');
  });
  it('never takes events for actors: "Pacific Nations Cup", "Cyclone Mele"', () => {
    expect(named('Fiji stay in the Pacific Nations Cup after Cyclone Mele hit Tonga, coach Tevita Naivalu said.', 'en')).toEqual(['Tevita Naivalu']);
  });
  it('counts a later bare surname as a mention of the full name', () => {
    const [coach] = actors('Coach Tevita Naivalu spoke on Monday. Naivalu said the squad would fly to Tokyo.', 'en');
    expect(coach).toMatchObject({ name: 'Tevita Naivalu', mentions: 2 });
  });
});

describe('a name misspelt once in the story', () => {
  it('one letter apart in a long first name, the same surname: one person', () => {
    const found = extract('Bernadette Okafor and Tomasz Wiśniewski shared the prize.\nThe jury praised Bernardette Okafor for her second novel.', { lang: 'en' }).actors.filter((a) => a.type === 'person');
    expect(found.map((a) => [a.name, a.mentions])).toEqual([
      ['Bernadette Okafor', 2],
      ['Tomasz Wiśniewski', 1],
    ]);
  });
  it('short first names one letter apart stay two people', () => {
    const names = extract('Jan Berg and Jon Berg, brothers, both signed the letter.', { lang: 'en' }).actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Jan Berg', 'Jon Berg']));
  });
});
