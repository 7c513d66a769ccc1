import { test as base } from '@playwright/test';
import { Playground } from './playground.ts';

// Every spec imports `test` and `expect` from here. `playground` is the page object over the
// test's page; the clipboard is granted because Share writes the link there and the specs read
// it back the way a user would paste it.

interface Fixtures {
  playground: Playground;
}

export const test = base.extend<Fixtures>({
  context: async ({ context, baseURL }, use) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], baseURL ? { origin: baseURL } : {});
    await use(context);
  },
  playground: async ({ page }, use, testInfo) => {
    await use(new Playground(page, (name) => testInfo.outputPath(name)));
  },
});

export { expect } from '@playwright/test';
