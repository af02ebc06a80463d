// The search page: Pagefind's browser API on the index `newsdigest build` writes to pagefind/,
// from the static files alone. The query and filters live in the address (?q=&topic=…), so a
// search from the header box or a shared link opens with its results. Results are built as DOM
// text: nothing from the index is ever inserted as HTML.
const root = document.querySelector('.search-page');
const base = root.dataset.base;
const form = root.querySelector('.search-form');
const input = form.querySelector('#search-query');
const status = root.querySelector('.search-status');
const list = root.querySelector('.search-results');
const selects = [...form.querySelectorAll('select[data-filter]')];
const MAX_RESULTS = 30;

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';

let pagefind;
let empty = false;
try {
  // The index is split into shards, each its own Pagefind index (pagefind/shards.json lists
  // them): the first is loaded and the others merged into it, so one search, its filters and
  // its ranking span them all.
  const listing = await fetch(`${base}pagefind/shards.json`);
  if (!listing.ok) throw new Error(`pagefind/shards.json: ${listing.status}`);
  const { shards } = await listing.json();
  empty = shards.length === 0;
  if (!empty) {
    pagefind = await import(`${base}pagefind/${shards[0]}/pagefind.js`);
    await pagefind.options({ baseUrl: base });
    await pagefind.init();
    await Promise.all(shards.slice(1).map((shard) => pagefind.mergeIndex(`${base}pagefind/${shard}/`, { baseUrl: base })));
  }
  const available = pagefind ? await pagefind.filters() : {};
  const collator = new Intl.Collator(root.dataset.lang);
  for (const select of selects) {
    const values = Object.keys(available[select.dataset.filter] ?? {}).sort(collator.compare);
    for (const value of values) select.add(new Option(value, value));
    select.value = params.get(select.name) ?? '';
  }
} catch {
  pagefind = undefined;
  status.textContent = root.dataset.failed;
}

// A detached <textarea> parses what it is given as text (RCDATA): entities are decoded, no
// element is made, nothing runs.
const decoder = document.createElement('textarea');
function decode(html) {
  decoder.innerHTML = html;
  return decoder.value;
}

/** Pagefind's excerpt marks matches with <mark>; everything else in it is shown as text. */
function excerpt(html) {
  const p = document.createElement('p');
  html.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((part) => {
    const marked = part.startsWith('<mark>');
    const text = decode(marked ? part.slice(6, -7) : part);
    if (!text) return;
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      p.append(mark);
    } else p.append(text);
  });
  return p;
}

async function run() {
  if (!pagefind) {
    // A site with no article has no shard: every search finds nothing.
    if (empty && input.value.trim()) status.textContent = root.dataset.none;
    return;
  }
  const query = input.value.trim();
  const filters = {};
  for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
  const next = new URLSearchParams();
  if (query) next.set('q', query);
  for (const select of selects) if (select.value) next.set(select.name, select.value);
  history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
  list.replaceChildren();
  if (!query && Object.keys(filters).length === 0) {
    status.textContent = '';
    return;
  }
  const search = await pagefind.search(query || null, { filters });
  const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  status.textContent = results.length === 0 ? root.dataset.none : `${root.dataset.results} ${search.results.length}`;
  for (const result of results) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    if (result.meta.lang) link.lang = result.meta.lang;
    const heading = document.createElement('h2');
    heading.append(link);
    item.append(heading);
    if (result.meta.date) {
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = result.meta.date;
      item.append(meta);
    }
    item.append(excerpt(result.excerpt ?? ''));
    list.append(item);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
for (const select of selects) select.addEventListener('change', () => void run());
await run();
