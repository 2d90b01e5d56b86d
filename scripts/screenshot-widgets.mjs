// Screenshots of every widget on the given note pages at 1280 and 375 px, light and dark, for review.
// Usage: node scripts/serve-out.mjs 4174 out &  then  node scripts/screenshot-widgets.mjs 4174 /tmp/shots /notes/softmax-temperature/ …
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [port = '4174', dir = '/tmp/widget-shots', ...paths] = process.argv.slice(2);
mkdirSync(dir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const path of paths) {
  for (const width of [1280, 375]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const widgets = page.locator('[data-testid^="widget-"]');
      for (let i = 0; i < (await widgets.count()); i++) {
        const name = `${path.replaceAll('/', '_')}${i}-${width}-${scheme}.png`;
        await widgets.nth(i).screenshot({ path: `${dir}/${name}` });
        console.log(name, overflow > 0 ? `PAGE OVERFLOWS by ${overflow}px` : '');
      }
      await page.close();
    }
  }
}
await browser.close();
