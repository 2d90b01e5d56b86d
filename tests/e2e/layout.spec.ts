import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { visit } from './helpers';

test('dark mode follows the toggle and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await visit(page, '/');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await page.locator('[data-testid=search-button][data-ready]').waitFor();
  await page.getByTestId('theme-toggle').click();
  await page.reload();
  await expect(html).not.toHaveClass(/dark/);
});

test('the system dark preference is the default', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('mobile menu opens, navigates and closes at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await visit(page, '/');
  const open = page.getByRole('button', { name: '打开导航菜单' });
  await expect(open).toBeVisible();
  const menu = page.locator('#mobile-menu');
  await expect(menu).toBeHidden();
  await open.click();
  await expect(menu).toBeVisible();
  // The panel covers the screen below the 56 px header (it once collapsed to the height of its links).
  expect((await menu.boundingBox())!.height).toBe(740 - 56);
  await menu.locator('a[href^="/sections/"]').first().click();
  await expect(page).toHaveURL(/\/sections\//);
  await expect(menu).toBeHidden();
  // Nothing is wider than the viewport.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: '打开导航菜单' }).click();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
});

for (const [name, path] of [
  ['home', '/'],
  ['section', '/sections/transformer/'],
  ['note', '/notes/attention-scaling/'],
  ['tags', '/tags/'],
  ['404', '/does-not-exist/'],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violations on ${name} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}
