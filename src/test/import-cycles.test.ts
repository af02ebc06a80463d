// No import cycles in src/: a cycle makes module start-up order matter (a value read before its
// module ran is undefined) and ties layers that should only depend one way, as cli/main.ts and
// serve/dev.ts once did. Static and dynamic imports count; type-only imports are erased and do not.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..');
const IMPORT = /(?:^|[;\s])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(full);
    return /\.(?:ts|js)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Module → the modules it imports at run time (relative imports only: packages cannot import us). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      if (match[1]) continue;
      const spec = match[2] ?? match[3];
      if (spec) targets.push(resolve(dirname(file), spec));
    }
    graph.set(
      file,
      targets.filter((target) => /\.(?:ts|js)$/.test(target)),
    );
  }
  return graph;
}

/** Every cycle found by depth-first search, each as the list of modules around it. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle when there is one (the check works)', () => {
    const graph = new Map([
      ['cli/main.ts', ['serve/dev.ts']],
      ['serve/dev.ts', ['cli/main.ts']],
      ['x.ts', []],
    ]);
    expect(findCycles(graph)).toEqual([['cli/main.ts', 'serve/dev.ts', 'cli/main.ts']]);
  });

  it('reads static, dynamic and re-export imports, and skips type-only ones', () => {
    const text = ["import { a } from './a.ts';", "import type { B } from './b.ts';", "export { c } from './c.ts';", "const d = await import('./d.ts');", "import './e.ts';"].join('\n');
    const matches = [...text.matchAll(IMPORT)].filter((m) => !m[1]).map((m) => m[2] ?? m[3]);
    expect(matches).toEqual(['./a.ts', './c.ts', './d.ts', './e.ts']);
  });

  it('src/ has none', () => {
    const graph = importGraph(sourceFiles(SRC));
    expect(graph.size).toBeGreaterThan(50);
    expect(findCycles(graph).map((cycle) => cycle.map((file) => relative(SRC, file)).join(' → '))).toEqual([]);
  });
});
