// Its own module, free of engine imports, so the page's tiny entry (src/main.tsx), which reads the
// test settings before starting the worker, does not pull the engine in with it.
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
