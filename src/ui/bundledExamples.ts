// Every configs/*.toml, read at build time into the bundle (they are a few KB), for the
// Examples menu and the default text.
import { toExamples, type Example } from '../store/examples.ts';

const files = import.meta.glob<string>('../../configs/*.toml', { query: '?raw', import: 'default', eager: true });

export const BUNDLED_EXAMPLES: readonly Example[] = toExamples(files);
