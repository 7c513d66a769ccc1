import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, readSources } from './importGraph.ts';

const files = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries));

describe('importGraph', () => {
  it('finds a circle made only of type imports, which import-x/no-cycle does not see', () => {
    const graph = importGraph(
      files({
        'src/store/a.ts': "import type { B } from './b.ts';\nexport interface A { readonly b: B }\n",
        'src/store/b.ts': "import { type A } from './a.ts';\nexport interface B { readonly a?: A }\n",
        'src/store/c.ts': "import type { A } from './a.ts';\nexport type C = A;\n",
      }),
    );
    expect(importCycles(graph)).toEqual([['src/store/a.ts', 'src/store/b.ts']]);
  });

  it('follows re-exports, dynamic and type-position imports, across folders and .tsx files', () => {
    const graph = importGraph(
      files({
        'src/ui/View.tsx': "export { helper } from '../charts/helper.ts';\n",
        'src/charts/helper.ts': "export const helper = (): Promise<unknown> => import('../worker/job.ts');\n",
        'src/worker/job.ts': "export type Back = import('../ui/View.tsx').Props;\n",
      }),
    );
    expect(importCycles(graph)).toEqual([['src/charts/helper.ts', 'src/ui/View.tsx', 'src/worker/job.ts']]);
  });

  it('ignores packages and imports of files outside the set', () => {
    const graph = importGraph(files({ 'src/a.ts': "import { x } from 'zustand';\nimport { y } from './gone.ts';\n" }));
    expect(graph.get('src/a.ts')).toEqual([]);
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('src/', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const graph = importGraph(readSources(root, 'src'));

  it('is read whole: type-only imports are edges too', () => {
    // appStore.ts imports its state's shape with `import type` only.
    expect(graph.get('src/store/appStore.ts')).toContain('src/store/appState.ts');
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no import circle, counting type-only imports (STYLE.md, "The shape")', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});
