/**
 * A deterministic generator of realistic article files, for benchmarks (watch, build, extraction).
 * Same `count` and `seed` → byte-identical files, so timings are comparable across runs and
 * machines. Each article is 3–5 KB of French or English news prose with the things extraction
 * looks for: named people with roles, organisations, countries, figures, attributed quotes. Most
 * are Markdown with YAML frontmatter under `YYYY/MM/`; one in ten is a scraped `.txt` wire copy
 * with a publisher trailer and no frontmatter.
 *
 * Usage as a script: `node bin/run.js scripts/corpus.ts DIR COUNT [SEED]`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface GeneratedArticle {
  /** Path relative to the corpus folder, with / separators. */
  path: string;
  /** The frontmatter title, or the first line for `.txt` wire copies. */
  headline: string;
  language: 'en' | 'fr';
}

/** mulberry32: tiny, fast and good enough for picking words; `Math.random` cannot be seeded. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'politics',
  'economy-business-and-finance',
  'health',
  'environment',
  'conflict-war-and-peace',
  'labour',
  'science-and-technology',
  'crime-law-and-justice',
  'sport',
  'education',
  'disaster-accident-and-emergency-incident',
  'weather',
];

interface Country {
  code: string;
  en: string;
  fr: string;
  capital: string;
}
const COUNTRIES: Country[] = [
  { code: 'FR', en: 'France', fr: 'la France', capital: 'Paris' },
  { code: 'SN', en: 'Senegal', fr: 'le Sénégal', capital: 'Dakar' },
  { code: 'CD', en: 'the Democratic Republic of the Congo', fr: 'la RDC', capital: 'Kinshasa' },
  { code: 'CM', en: 'Cameroon', fr: 'le Cameroun', capital: 'Yaoundé' },
  { code: 'MA', en: 'Morocco', fr: 'le Maroc', capital: 'Rabat' },
  { code: 'CA', en: 'Canada', fr: 'le Canada', capital: 'Ottawa' },
  { code: 'BR', en: 'Brazil', fr: 'le Brésil', capital: 'Brasília' },
  { code: 'CL', en: 'Chile', fr: 'le Chili', capital: 'Santiago' },
  { code: 'DE', en: 'Germany', fr: "l'Allemagne", capital: 'Berlin' },
  { code: 'IN', en: 'India', fr: "l'Inde", capital: 'New Delhi' },
  { code: 'JP', en: 'Japan', fr: 'le Japon', capital: 'Tokyo' },
  { code: 'KE', en: 'Kenya', fr: 'le Kenya', capital: 'Nairobi' },
  { code: 'NG', en: 'Nigeria', fr: 'le Nigeria', capital: 'Abuja' },
  { code: 'BD', en: 'Bangladesh', fr: 'le Bangladesh', capital: 'Dacca' },
  { code: 'AU', en: 'Australia', fr: "l'Australie", capital: 'Canberra' },
  { code: 'UA', en: 'Ukraine', fr: "l'Ukraine", capital: 'Kyiv' },
  { code: 'MX', en: 'Mexico', fr: 'le Mexique', capital: 'Mexico' },
  { code: 'CI', en: "Côte d'Ivoire", fr: "la Côte d'Ivoire", capital: 'Abidjan' },
];

const FIRST = ['Amina', 'Jean-Pierre', 'Fatou', 'Carlos', 'Ingrid', 'Rahul', 'Marie', 'Kwame', 'Sofia', 'Olivier', 'Yuki', 'Grace', 'Mamadou', 'Hélène', 'Patricio', 'Aisha'];
const LAST = ['Diallo', 'Moreau', 'Ndiaye', 'Olivares', 'Schmidt', 'Sharma', 'Kabasele', 'Mensah', 'Rossi', 'Lefebvre', 'Tanaka', 'Otieno', 'Traoré', 'Fischer', 'Mardones', 'Bello'];
const ROLES = {
  en: ['the finance minister', 'the health minister', 'the union leader', 'the central bank governor', 'a spokesperson for the ministry', 'the opposition leader', 'the mayor', 'the chief executive'],
  fr: ['le ministre des Finances', 'la ministre de la Santé', 'le secrétaire général du syndicat', 'le gouverneur de la banque centrale', 'le porte-parole du ministère', "le chef de l'opposition", 'la maire', 'le directeur général'],
};
const ORGS = {
  en: ['the World Health Organization', 'the International Monetary Fund', 'the African Development Bank', 'Amnesty International', 'the United Nations', 'the European Commission', 'Médecins Sans Frontières'],
  fr: [
    "l'Organisation mondiale de la santé (OMS)",
    'le Fonds monétaire international (FMI)',
    'la Banque africaine de développement',
    'Amnesty International',
    "l'Organisation des Nations unies",
    'la Commission européenne',
    'Médecins sans frontières (MSF)',
  ],
};
const SUBJECTS = {
  en: ['fuel prices', 'a cholera outbreak', 'the budget vote', 'a copper strike', 'deforestation', 'a wage agreement', 'flooding', 'a cyberattack on banks', 'the teachers’ strike', 'a drought', 'a trade deal', 'vaccine supplies'],
  fr: [
    'les prix du carburant',
    'une épidémie de choléra',
    'le vote du budget',
    'une grève dans les mines de cuivre',
    'la déforestation',
    'un accord salarial',
    'des inondations',
    'une cyberattaque contre des banques',
    'la grève des enseignants',
    'la sécheresse',
    'un accord commercial',
    "l'approvisionnement en vaccins",
  ],
};
const VERBS = {
  en: ['said', 'told reporters', 'warned', 'announced', 'insisted', 'added'],
  fr: ['a déclaré', 'a affirmé', 'a averti', 'a annoncé', 'a assuré', 'a ajouté'],
};
const PUBLISHERS = {
  en: ['Metals Desk Daily', 'The Coastal Herald', 'Continental Wire', 'The Morning Ledger'],
  fr: ['Radio Kivu Info', 'Le Quotidien de Dakar', 'Dépêche Atlantique', 'Le Journal du Matin'],
};

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A figure as a local newspaper writes it: "1 843" in French, "1,843" in English. */
function number(random: () => number, language: 'en' | 'fr', max: number): string {
  const value = Math.floor(random() * max) + 2;
  return language === 'fr' ? value.toLocaleString('en').replace(/,/g, '\u202f') : value.toLocaleString('en');
}

function sentence(random: () => number, language: 'en' | 'fr', country: Country, subject: string): string {
  const person = `${pick(random, FIRST)} ${pick(random, LAST)}`;
  const role = pick(random, ROLES[language]);
  const org = pick(random, ORGS[language]);
  const verb = pick(random, VERBS[language]);
  const n = number(random, language, 90_000);
  const pct = (random() * 40).toFixed(1);
  const en = [
    `About ${n} people have been affected since the start of the month, according to ${org}.`,
    `“We are doing everything we can, but the needs are far greater than our means,” ${role}, ${person}, ${verb} in ${country.capital}.`,
    `Prices rose ${pct}% over the year, the highest rate since 2019, official figures showed.`,
    `${org[0]?.toUpperCase()}${org.slice(1)} said the situation in ${country.en} remained “very worrying”.`,
    `The government has promised ${n} million dollars to deal with ${subject}, ${person}, ${role}, ${verb}.`,
    `Talks are expected to resume next week in ${country.capital}, two officials said on condition of anonymity.`,
    `More than ${n} workers took part in the protest on Tuesday, according to organisers; police put the figure at half that.`,
    `Analysts said ${subject} could weigh on growth, which is forecast at ${pct}% this year.`,
  ];
  const fr = [
    `Environ ${n} personnes ont été touchées depuis le début du mois, selon ${org}.`,
    `« Nous faisons tout ce que nous pouvons, mais les besoins dépassent nos moyens », ${verb} ${role}, ${person}, à ${country.capital}.`,
    `Les prix ont augmenté de ${pct.replace('.', ',')} % sur un an, le rythme le plus élevé depuis 2019, d'après les chiffres officiels.`,
    `${org[0]?.toUpperCase()}${org.slice(1)} a jugé la situation « très préoccupante » à ${country.capital}.`,
    `Le gouvernement a promis ${n} millions de francs CFA pour faire face à ${subject.replace(/^les /, 'aux ').replace(/^le /, 'au ')}, ${verb} ${person}, ${role}.`,
    `Les discussions doivent reprendre la semaine prochaine à ${country.capital}, ont indiqué deux responsables sous couvert d'anonymat.`,
    `Plus de ${n} salariés ont participé à la manifestation mardi, selon les organisateurs ; la police en a compté deux fois moins.`,
    `Pour les analystes, ${subject} pourrait peser sur la croissance, attendue à ${pct.replace('.', ',')} % cette année.`,
  ];
  return pick(random, language === 'fr' ? fr : en);
}

function title(random: () => number, language: 'en' | 'fr', country: Country, subject: string, index: number): string {
  const en = [`${country.en}: talks stall over ${subject}`, `${country.en} braces for ${subject}`, `Pressure mounts in ${country.capital} over ${subject}`];
  const fr = [`${country.fr.replace(/^(le|la|l')\s?/, '')} : impasse sur ${subject}`, `À ${country.capital}, la pression monte sur ${subject}`, `${country.fr.replace(/^(le|la|l')\s?/, '')} face à ${subject}`];
  const base = pick(random, language === 'fr' ? fr : en);
  // The index keeps headlines distinct, so every article is findable by its headline.
  return `${base[0]?.toUpperCase()}${base.slice(1)} (${index + 1})`;
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** One article's text and where it goes. Pure: the same (index, seed) → the same file. */
export function generateArticle(index: number, seed = 1): GeneratedArticle & { content: string } {
  const random = prng(seed * 1_000_003 + index);
  const language: 'en' | 'fr' = random() < 0.5 ? 'fr' : 'en';
  const country = pick(random, COUNTRIES);
  const other = pick(random, COUNTRIES);
  const subjectIndex = Math.floor(random() * SUBJECTS.en.length);
  const subject = SUBJECTS[language][subjectIndex] ?? '';
  const headline = title(random, language, country, subject, index);
  // Dates spread over two years, so list pages have many dates and some same-day ties.
  const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 730) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const month = date.slice(0, 7).replace('-', '/');
  const slug = `${headline
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 70)}`;
  const publisher = pick(random, PUBLISHERS[language]);

  const paragraphs: string[] = [];
  let size = 0;
  const target = 3000 + Math.floor(random() * 1800);
  while (size < target) {
    const count = 2 + Math.floor(random() * 3);
    const paragraph = Array.from({ length: count }, () => sentence(random, language, random() < 0.7 ? country : other, subject)).join(' ');
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }

  if (random() < 0.1) {
    // Scraped wire copy: headline as the first line, no frontmatter, a publisher trailer.
    const content = `${headline}\n\n${paragraphs.join('\n')}\n${publisher} – ${language === 'fr' ? "L'actualité du continent" : 'News from the region'}.Read More\n`;
    return { path: `${month}/wire/${slug}.txt`, headline, language, content };
  }
  const topics = [TOPICS[subjectIndex % TOPICS.length], pick(random, TOPICS)].filter((t, i, all) => all.indexOf(t) === i);
  const frontmatter = [
    '---',
    `title: ${yamlString(headline)}`,
    `date: ${date}`,
    `lang: ${language}`,
    `publisher: ${yamlString(publisher)}`,
    `url: https://example.org/${slug}`,
    `topics: [${topics.join(', ')}]`,
    `countries: [${[...new Set([country.code, other.code])].join(', ')}]`,
    `tags: [${yamlString(subject)}, ${yamlString(country.capital)}]`,
    '---',
  ].join('\n');
  const withHeadings = paragraphs.map((p, i) => (i > 0 && i % 4 === 0 ? `## ${pick(random, SUBJECTS[language])}\n\n${p}` : p));
  return { path: `${month}/${slug}.md`, headline, language, content: `${frontmatter}\n\n${withHeadings.join('\n\n')}\n` };
}

/**
 * Writes `count` articles into `dir` (created if needed) and returns what was written, in
 * index order. Deterministic for a given `seed` (default 1).
 */
export async function generateCorpus(dir: string, count: number, seed = 1): Promise<GeneratedArticle[]> {
  const written: GeneratedArticle[] = [];
  const made = new Set<string>();
  for (let i = 0; i < count; i++) {
    const { content, ...article } = generateArticle(i, seed);
    const target = join(dir, article.path);
    if (!made.has(dirname(target))) {
      await mkdir(dirname(target), { recursive: true });
      made.add(dirname(target));
    }
    await writeFile(target, content);
    written.push(article);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dir, count, seed] = process.argv.slice(2);
  if (!dir || !count) {
    console.error('Usage: node bin/run.js scripts/corpus.ts DIR COUNT [SEED]');
    process.exitCode = 2;
  } else {
    const articles = await generateCorpus(resolve(dir), Number(count), seed ? Number(seed) : 1);
    console.log(`Wrote ${articles.length} articles into ${dir}`);
  }
}
