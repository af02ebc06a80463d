/**
 * An equivalent Hugo site for the benchmark, made from the same generated corpus: every article
 * as a content page with its title, date, topics, countries and tags (Hugo taxonomies), its
 * Markdown body (a .txt wire copy becomes paragraphs), and templates that make the same kinds of
 * pages newsdigest makes: each article (with four related stories and a JSON copy of its front
 * matter, as newsdigest's record files), the home page and every term page paginated by 20,
 * each taxonomy's index, RSS feeds and the sitemap. What Hugo does not do is left out:
 * extraction (actors, figures, attributions, fact boxes), actor pages, Atom and JSON feeds, maps
 * and the search index.
 *
 * Related stories follow newsdigest's rule (index/related.ts): tags weigh 2, countries and
 * topics 1, and a term carried by more than 5 % of the site is not followed
 * (`cardinalityThreshold`). Without that limit Hugo scores every pair of articles sharing a
 * topic, work that grows with the square of the site and that newsdigest does not do, so the
 * ratios at 10,000 articles flattered newsdigest.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Hugo's version line, or null when `hugo` is not on the PATH. */
export function hugoVersion(): string | null {
  try {
    return execFileSync('hugo', ['version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

const CONFIG = `baseURL = "https://news.example.org/"
languageCode = "en"
title = "newsdigest benchmark"
paginate = 20
disableKinds = []
[taxonomies]
  topic = "topics"
  country = "countries"
  tag = "tags"
[outputs]
  page = ["HTML", "JSON"]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML", "RSS"]
  term = ["HTML", "RSS"]
[related]
  threshold = 1
  includeNewer = true
  toLower = true
  [[related.indices]]
    name = "tags"
    weight = 2
    cardinalityThreshold = 5
  [[related.indices]]
    name = "countries"
    weight = 1
    cardinalityThreshold = 5
  [[related.indices]]
    name = "topics"
    weight = 1
    cardinalityThreshold = 5
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
<nav><a href="{{ "/topics/" | relURL }}">Topics</a> <a href="{{ "/countries/" | relURL }}">Countries</a> <a href="{{ "/tags/" | relURL }}">Tags</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><a href="{{ "/index.xml" | relURL }}">RSS</a></footer>
</body>
</html>
`,
  'partials/card.html': `<article class="card"><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
<p class="meta">{{ with .Date }}{{ if not .IsZero }}<time datetime="{{ .Format "2006-01-02" }}">{{ .Format "2 January 2006" }}</time>{{ end }}{{ end }}{{ with .Params.publisher }} <span>{{ . }}</span>{{ end }}</p>
<p class="summary">{{ .Summary | plainify | truncate 240 }}</p>
<ul class="chips">{{ range .GetTerms "countries" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}{{ range first 2 (.GetTerms "topics") }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
</article>
`,
  'partials/pager.html': `{{ $p := .Paginator }}{{ if gt $p.TotalPages 1 }}<nav class="pagination">{{ if $p.HasPrev }}<a href="{{ $p.Prev.URL }}">Previous</a>{{ end }} {{ $p.PageNumber }} / {{ $p.TotalPages }} {{ if $p.HasNext }}<a href="{{ $p.Next.URL }}">Next</a>{{ end }}</nav>{{ end }}
`,
  '_default/single.html': `{{ define "main" }}<article class="story"><h1>{{ .Title }}</h1>
<p class="meta">{{ with .Params.publisher }}{{ . }} {{ end }}{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ end }}</p>
<ul class="chips">{{ range .GetTerms "topics" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}{{ range .GetTerms "countries" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<div class="body">{{ .Content }}</div>
<p class="tags">{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
{{ with .Site.RegularPages.Related . | first 4 }}<section class="related"><h2>Related</h2>{{ range . }}{{ partial "card.html" . }}{{ end }}</section>{{ end }}
</article>{{ end }}
`,
  '_default/single.json': `{{ jsonify (dict "title" .Title "date" .Date "params" .Params "words" .WordCount) }}
`,
  'index.html': `{{ define "main" }}{{ $pages := .Paginate (where .Site.RegularPages "Type" "articles") }}{{ range $pages.Pages }}{{ partial "card.html" . }}{{ end }}{{ partial "pager.html" . }}{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}{{ partial "card.html" . }}{{ end }}{{ partial "pager.html" . }}{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.LinkTitle }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
};

/** TOML basic strings: quotes, backslashes and control characters escaped. */
function toml(text: string): string {
  return JSON.stringify(text);
}

/** The YAML flow list of a frontmatter line ("topics: [a, b]"), as strings. */
function list(frontmatter: string, key: string): string[] {
  const line = new RegExp(`^${key}: \\[(.*)\\]$`, 'm').exec(frontmatter)?.[1] ?? '';
  return line
    .split(',')
    .map((item) => item.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean);
}

function scalar(frontmatter: string, key: string): string | null {
  const value = new RegExp(`^${key}: (.*)$`, 'm').exec(frontmatter)?.[1]?.trim();
  if (!value) return null;
  return value.startsWith('"') ? (JSON.parse(value) as string) : value;
}

/** One corpus file as Hugo content (TOML front matter, Markdown body). */
function contentOf(path: string, text: string): string {
  if (path.endsWith('.txt')) {
    // A wire copy: the first line is the title; the last line, the publisher's trailer.
    const lines = text.split('\n');
    const title = lines[0] ?? path;
    const body = lines
      .slice(1)
      .filter((line) => !/Read More$/.test(line))
      .join('\n\n');
    return `+++\ntitle = ${toml(title)}\n+++\n\n${body}\n`;
  }
  const end = text.indexOf('\n---', 4);
  const frontmatter = text.slice(4, end);
  const body = text.slice(end + 4);
  const fields = [
    `title = ${toml(scalar(frontmatter, 'title') ?? path)}`,
    ...(scalar(frontmatter, 'date') ? [`date = ${scalar(frontmatter, 'date')}`] : []),
    ...(scalar(frontmatter, 'publisher') ? [`publisher = ${toml(scalar(frontmatter, 'publisher') ?? '')}`] : []),
    `topics = [${list(frontmatter, 'topics').map(toml).join(', ')}]`,
    `countries = [${list(frontmatter, 'countries').map(toml).join(', ')}]`,
    `tags = [${list(frontmatter, 'tags').map(toml).join(', ')}]`,
  ];
  return `+++\n${fields.join('\n')}\n+++\n${body}`;
}

/** Writes the Hugo project for the corpus in `articlesDir` into `siteDir`. */
export async function writeHugoSite(articlesDir: string, siteDir: string): Promise<void> {
  await mkdir(siteDir, { recursive: true });
  await writeFile(join(siteDir, 'config.toml'), CONFIG);
  for (const [path, text] of Object.entries(LAYOUTS)) {
    await mkdir(dirname(join(siteDir, 'layouts', path)), { recursive: true });
    await writeFile(join(siteDir, 'layouts', path), text);
  }
  const files = (await readdir(articlesDir, { recursive: true, encoding: 'utf8' })).filter((f) => /\.(md|txt)$/.test(f));
  for (const file of files) {
    // Flat, like newsdigest's /articles/<id>/ addresses.
    const name =
      file
        .replace(/\.(md|txt)$/, '.md')
        .split('/')
        .at(-1) ?? file;
    const target = join(siteDir, 'content', 'articles', name);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, contentOf(file, await readFile(join(articlesDir, file), 'utf8')));
  }
}
