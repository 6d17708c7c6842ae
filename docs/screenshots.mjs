// Writes the README's screenshots (docs/screenshots/*.png) from the release build in dist/:
// the map, the featured comparison and who met whom at 375 and 1280 px, as a reader first sees
// them (the network scrolled to its drawing, with the Zelensky–Macron pair chosen).
// Run by `cargo xtask screenshots`, which builds dist/ first.
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { serveDir } from '../tests/e2e/lib/server.mjs';
import { launchBrowser } from '../tests/e2e/lib/browser.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.env.SUMMITRY_DIST || path.join(repo, 'dist'));
const out = path.join(repo, 'docs', 'screenshots');

const SHOTS = [
  { name: 'map', hash: '' },
  { name: 'compare', hash: '#view=compare' },
  { name: 'network', hash: '#view=network&who=zelensky,macron', scrollTo: 'network-graph' },
];
const SIZES = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

await mkdir(out, { recursive: true });
const server = await serveDir(dist);
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    for (const size of SIZES) {
      const record = await browser.open(`${server.url}${shot.hash}`, size);
      const { page } = record;
      await page.locator('[data-summitry-live] [data-testid="app-header"]').waitFor({ state: 'visible', timeout: 60_000 });
      if (shot.scrollTo) await page.getByTestId(shot.scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(300);
      const file = path.join(out, `${shot.name}-${size.width}.png`);
      // The first screen, as the reader sees it without scrolling.
      await page.screenshot({ path: file });
      console.log(`wrote ${path.relative(repo, file)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
