// Screenshots of a practice page with results (desktop and 375 px, light and dark) into bench-results/,
// for a look by eye after layout changes: node scripts/screenshot-practice.mjs (after a build).
import { launchBrowser, ROOT, run, serve } from './bench-util.mjs';

const PAGE = process.env.SHOT_PAGE ?? '/practice/auc-by-ranks/';
const WRONG = 'def auc(scores, labels):\n    print("调试：", scores)\n    return 0.75\n';

await run(async () => {
  const { base } = await serve('out');
  const browser = await launchBrowser();
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['mobile', { width: 375, height: 740 }]]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      await page.goto(base + PAGE);
      await page.locator('[data-editor-ready]').waitFor();
      await page.locator('.cm-content').click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.insertText(WRONG);
      await page.getByTestId('submit').click();
      await page.getByTestId('run-summary').waitFor({ timeout: 180_000 });
      const file = `${ROOT}/bench-results/practice-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
});
