// The dev server's browser client: reloads the page after each rebuild, swaps stylesheets when
// only CSS changed, and shows build problems in an overlay. `newsdigest dev` injects it into every
// page it renders; `build` never does. Plain JavaScript served as is: it runs in the browser, with
// no build step. Problem texts quote article files, so the overlay is built with textContent only.

const EVENTS = '/__newsdigest/events';
let session = null;
let overlay = null;

const source = new EventSource(EVENTS);

source.addEventListener('hello', (event) => {
  const { session: id } = JSON.parse(event.data);
  // Reconnected to a restarted server: what is on screen may be stale.
  if (session !== null && session !== id) location.reload();
  session = id;
});

// A reload may name the pages it is for (`only`: the saved article's own page, written first) or
// those already reloaded (`except`); pages are named by their path ("/articles/x/").
source.addEventListener('reload', (event) => {
  const { only, except } = event.data ? JSON.parse(event.data) : {};
  const here = location.pathname.replace(/(^|\/)index\.html$/, '$1');
  if ((only && !only.includes(here)) || except?.includes(here)) return;
  location.reload();
});

source.addEventListener('css', (event) => {
  const { paths } = JSON.parse(event.data);
  if (!swapStylesheets(paths)) location.reload();
});

source.addEventListener('problems', (event) => showProblems(JSON.parse(event.data).problems));
source.addEventListener('clear', () => hideProblems());

/** Replaces each matching <link rel=stylesheet> by a fresh copy; false when none matched. */
function swapStylesheets(paths) {
  let swapped = false;
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !paths.some((path) => url.pathname.endsWith(`/assets/${path}`))) continue;
    url.searchParams.set('t', String(Date.now()));
    const fresh = link.cloneNode();
    fresh.href = url.href;
    // Keep the old sheet until the new one is loaded, so the page never shows unstyled.
    fresh.addEventListener('load', () => link.remove(), { once: true });
    fresh.addEventListener('error', () => link.remove(), { once: true });
    link.after(fresh);
    swapped = true;
  }
  return swapped;
}

const STYLE = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(20, 20, 24, 0.72); overflow: auto;
  font: 14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: #f4f4f5; }
.panel { max-width: 60rem; margin: 4rem auto; padding: 1.25rem 1.5rem; background: #1d1d22; border-top: 4px solid #ef4444;
  border-radius: 6px; box-shadow: 0 10px 40px rgba(0, 0, 0, 0.5); }
h2 { margin: 0 0 1rem; font-size: 1rem; color: #fca5a5; }
.problem { margin: 0 0 1.25rem; }
.location { color: #93c5fd; font-weight: bold; }
.reason { margin: 0.25rem 0; white-space: pre-wrap; }
.rule { color: #a1a1aa; }
pre { margin: 0.5rem 0 0; padding: 0.5rem 0.75rem; background: #111114; border-radius: 4px; overflow-x: auto; }
.line { display: block; color: #a1a1aa; }
.line.at { color: #fef08a; }
.hint { margin: 0; color: #a1a1aa; }
button { float: right; font: inherit; color: inherit; background: none; border: 1px solid #52525b; border-radius: 4px; cursor: pointer; }
`;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showProblems(problems) {
  hideProblems();
  const host = element('div');
  host.id = 'newsdigest-overlay';
  // A shadow root keeps the site's CSS out of the overlay and the overlay's out of the site.
  const root = host.attachShadow({ mode: 'open' });
  root.append(element('style', undefined, STYLE));
  const backdrop = element('div', 'backdrop');
  const panel = element('div', 'panel');
  panel.setAttribute('role', 'alert');
  const close = element('button', undefined, 'Close');
  close.type = 'button';
  close.addEventListener('click', hideProblems);
  panel.append(close, element('h2', undefined, problems.length === 1 ? 'The last change could not be built' : `${problems.length} problems stop parts of the site from building`));
  for (const problem of problems) {
    const item = element('section', 'problem');
    item.append(element('div', 'location', problem.location));
    item.append(element('p', 'reason', problem.reason));
    item.append(element('div', 'rule', `${problem.severity} · ${problem.ruleId}`));
    if (problem.context && problem.context.length > 0) {
      const pre = element('pre');
      for (const line of problem.context) {
        pre.append(element('span', line.number === problem.line ? 'line at' : 'line', `${String(line.number).padStart(4)} | ${line.text}`));
      }
      item.append(pre);
    }
    panel.append(item);
  }
  panel.append(element('p', 'hint', 'The preview keeps showing the last good version. Fix the file and save: this message goes away.'));
  backdrop.append(panel);
  root.append(backdrop);
  document.documentElement.append(host);
  overlay = host;
}

function hideProblems() {
  overlay?.remove();
  overlay = null;
}
