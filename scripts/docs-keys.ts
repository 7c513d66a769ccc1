// npm run docs:keys — rewrites the README's key tables from the schema (src/engine/schema/).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { withKeyTables } from '../src/engine/schema/keyTables.ts';

// run-ts.mjs runs a bundled copy elsewhere, but sets argv[1] to this file
const file = join(dirname(process.argv[1] ?? ''), '..', 'README.md');
const readme = readFileSync(file, 'utf8');
const next = withKeyTables(readme);
if (next === undefined) {
  console.error('README.md has no key-table markers (<!-- keys:begin … --> and <!-- keys:end -->)');
  process.exit(1);
}
if (next === readme) console.log('README.md key tables are current');
else {
  writeFileSync(file, next);
  console.log('README.md key tables rewritten');
}
