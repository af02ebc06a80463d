import { Drop, Liquid } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { DirectTemplates, renderDirectly } from './direct.ts';

class Loud extends Drop {
  override valueOf(): string {
    return 'LOUD';
  }
}

const templates: Record<string, string> = {
  page: [
    'plain text {{ title }} {{ page.lang | upcase }} {{ items.size }} {{ items.first.name }} {{ items[1].name }} {{ page["lang"] }}',
    '{% if page.lang == "fr" and items.size > 1 %}fr{% elsif not_there %}x{% else %}other{% endif %}',
    '{% unless missing.deep.path %}none{% endunless %} {{ missing.deep.path | default: "dflt" }}',
    '{% for item in items limit: 2 %}{{ forloop.index }}:{{ item.name | append: "!" | escape }}{% endfor %}',
    '{% for i in items offset: 1 %}{{ forloop.index0 }}{{ forloop.rindex }}{{ forloop.rindex0 }}{{ forloop.first }}{{ forloop.last }}{{ forloop.length }}{{ forloop.name }}|{% endfor %}',
    '{% for c in title %}[{{ c }}]{% endfor %}{% for p in page %}{{ p[0] }}={{ p[1] }};{% endfor %}{% for x in items reversed limit: 1 %}{{ forloop }}{% endfor %}{% for n in "" %}x{% else %}no{% endfor %}',
    '{% assign joined = tags | join: ", " %}{{ joined }} {{ html | raw }} {{ html }} {{ loud }} {{ count | plus: 2 | times: 3 }}',
    '{{ "a,b" | split: "," | last }} {{ nil }} {{ true }} {{ 1.5 }} {{ items | map: "name" | join: "+" }} {{ items | where: "name", "b" | size }}',
    '{% capture c %}{{ title | truncatewords: 1 }}{% endcapture %}[{{ c }}] {{ fn }} {{ 0 | wrap: before: "<", after: ">" }}',
    '{% for i in items %}{% if i.name == "a" %}{% continue %}{% endif %}{% if i.name == "<c>" %}{% break %}{% endif %}{{ i.name }}{% endfor %}{% for i in none %}x{% else %}empty{% endfor %}',
    '{% case page.lang %}{% when "fr" %}français{% else %}autre{% endcase %} {% raw %}{{ raw }}{% endraw %} {% increment n %}{% increment n %}',
    '{% layout "base" %}{% block main %}main {{ title }}{% endblock %}',
  ].join('\n'),
  'layouts/base': '<body>{% block main %}{% endblock %} {% render "part", title: title %}</body>',
  'partials/part': '{{ title | downcase }}{% if title contains "Hé" %} yes{% endif %}',
};

function engine(direct: boolean, strictVariables = false): Liquid {
  const files = (file: string): string => templates[file.replace(/^\//, '').replace(/\.liquid$/, '')] ?? '';
  const liquid = new Liquid({
    root: '/',
    layouts: '/layouts',
    partials: '/partials',
    extname: '.liquid',
    outputEscape: 'escape',
    strictVariables,
    cache: direct ? new DirectTemplates() : true,
    relativeReference: false,
    fs: {
      readFileSync: files,
      readFile: async (file: string) => files(file),
      existsSync: (file: string) => files(file) !== '',
      exists: async (file: string) => files(file) !== '',
      resolve: (root: string, file: string, ext: string) => `${root}/${file}${ext}`.replace(/\/+/g, '/'),
      contains: async () => true,
      dirname: (file: string) => file.replace(/\/[^/]*$/, ''),
      sep: '/',
    },
  });
  if (direct) renderDirectly(liquid);
  liquid.registerFilter('wrap', (value: unknown, ...args: unknown[]) => {
    const named = Object.fromEntries(args as [string, unknown][]);
    return `${String(named.before)}${String(value)}${String(named.after)}`;
  });
  return liquid;
}

const scope = (): Record<string, unknown> => ({
  title: 'Héllo <World> again',
  page: { lang: 'fr' },
  items: [{ name: 'a' }, { name: 'b' }, { name: '<c>' }],
  tags: ['x', 'y'],
  html: '<p>A & B</p>',
  loud: new Loud(),
  count: 4,
  fn: () => 'called',
});

describe('templates rendered directly', () => {
  it('write what LiquidJS writes', () => {
    const expected = engine(false).renderSync(engine(false).parseFileSync('page'), scope());
    const direct = engine(true);
    const parsed = direct.parseFileSync('page');
    // Twice: the second render runs the templates the cache made direct.
    expect(direct.renderSync(parsed, scope())).toBe(expected);
    expect(direct.renderSync(direct.parseFileSync('page'), scope())).toBe(expected);
    expect(expected).toContain('main Héllo &lt;World&gt; again');
  });

  it('fail as LiquidJS fails with strict variables', () => {
    const plain = engine(false, true);
    const direct = engine(true, true);
    const message = (liquid: Liquid): string => {
      try {
        liquid.parseAndRenderSync('{{ missing.deep }}', scope());
        return liquid.renderSync(liquid.parseFileSync('page'), scope());
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(message(direct)).toBe(message(plain));
  });
});
