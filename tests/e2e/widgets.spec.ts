import { expect, test } from '@playwright/test';
import { visit, watchErrors } from './helpers';
import { collectScripts, expectNoNaN, open, seriousAxeViolations, widgetLayoutShift } from './widget-helpers';

const PAGES = {
  softmax: '/notes/softmax-temperature/',
  attention: '/notes/self-attention/',
  roc: '/notes/roc-auc/',
  none: '/notes/cross-entropy-vs-mse/',
};
// Each marker is a string literal found only in that widget's own code.
const MARKERS = { softmax: 'widget-softmax-temperature', attention: 'widget-self-attention', roc: 'widget-roc-auc' };

test.describe('softmax temperature', () => {
  test('server HTML shows the initial probabilities; keyboard on the slider reaches the T = 0.5 fixture', async ({ page, request }) => {
    const html = await (await request.get(PAGES.softmax)).text();
    expect(html).toContain('widget-softmax-temperature');
    expect(html).toContain('0.6652');
    const errors = watchErrors(page);
    const w = await open(page, PAGES.softmax, MARKERS.softmax);
    const slider = w.getByTestId('softmax-t-slider');
    await slider.focus();
    await page.keyboard.press('ArrowLeft'); // 1 → 0.7
    await page.keyboard.press('ArrowLeft'); // 0.7 → 0.5
    await expect(slider).toHaveAttribute('aria-valuetext', 'T = 0.5');
    await expect(w.getByTestId('softmax-p-0')).toHaveText('0.0159');
    await expect(w.getByTestId('softmax-p-1')).toHaveText('0.1173');
    await expect(w.getByTestId('softmax-p-2')).toHaveText('0.8668');
    await expect(w.getByTestId('softmax-bound')).toContainText('3.071466');
    await page.keyboard.press('End');
    await expect(w.getByTestId('softmax-t-exact')).toHaveValue('100');
    await page.keyboard.press('Home');
    await expect(w.getByTestId('softmax-p-2')).toHaveText('1.0000');
    expect(errors).toEqual([]);
  });

  test('hostile inputs show a Chinese message and the widget keeps working', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await open(page, PAGES.softmax, MARKERS.softmax);
    const logit = w.getByTestId('softmax-logit-0');
    for (const [text, message] of [['abc', '不是数字'], ['', '不能为空'], ['NaN', '有限'], ['-Infinity', '有限'], ['1e309', '有限']]) {
      await logit.fill(text!);
      await expect(w.getByRole('alert').filter({ hasText: message! })).toBeVisible();
      await expect(w.getByTestId('softmax-p-2')).toHaveText('0.6652');
    }
    await logit.fill('1e308');
    await expect(w.getByTestId('softmax-p-0')).toHaveText('1.0000');
    await w.getByTestId('softmax-logit-1').fill('-1e308');
    await w.getByTestId('softmax-t-exact').fill('-1');
    await expect(w.getByRole('alert').filter({ hasText: '超出允许范围' })).toBeVisible();
    await w.getByTestId('softmax-t-exact').fill('0.0001');
    await expect(w.getByTestId('softmax-p-0')).toHaveText('1.0000');
    await w.getByTestId('softmax-samples').fill('1e9');
    await expect(w.getByRole('alert').filter({ hasText: '超出允许范围' })).toBeVisible();
    await expectNoNaN(w);
    await w.getByRole('button', { name: '重置' }).click();
    await expect(w.getByRole('alert')).toHaveCount(0);
    await expect(w.getByTestId('softmax-logit-0')).toHaveValue('1');
    await expect(w.getByTestId('softmax-p-2')).toHaveText('0.6652');
    expect(errors).toEqual([]);
  });

  test('a shared link restores the state; garbage in the hash gives a message, not a crash', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const w = await open(page, PAGES.softmax, MARKERS.softmax);
    await w.getByTestId('softmax-t-exact').fill('2');
    await w.getByRole('button', { name: '复制分享链接' }).click();
    await expect(w.getByText('链接已复制')).toBeVisible();
    const url = page.url();
    expect(new URL(url).hash).toContain('softmax=');

    const errors = watchErrors(page);
    await page.goto('about:blank');
    const restored = await open(page, url, MARKERS.softmax);
    await expect(restored.getByTestId('softmax-p-2')).toHaveText('0.5065');
    await expect(restored.getByTestId('softmax-t-exact')).toHaveValue('2');

    await page.goto('about:blank');
    const broken = await open(page, `${PAGES.softmax}#softmax=%7Bnot-json&roc=5`, MARKERS.softmax);
    await expect(broken.getByRole('alert').filter({ hasText: '无法识别' })).toBeVisible();
    await expect(broken.getByTestId('softmax-p-2')).toHaveText('0.6652');
    expect(errors).toEqual([]);
  });
});

test.describe('self-attention', () => {
  test('shows the syllabus example; keyboard toggles √d_k and walks the heatmap to exact weights', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await open(page, PAGES.attention, MARKERS.attention);
    await expect(w.getByTestId('attn-raw-0')).toContainText('16');
    const cell = w.locator('[data-cell="0-0"]');
    await cell.focus();
    await expect(w.getByTestId('attn-detail-0')).toContainText('权重 0.063379');
    await page.keyboard.press('ArrowDown');
    await expect(w.getByTestId('attn-detail-0')).toContainText('原始分数 4');
    await expect(w.getByTestId('attn-detail-0')).toContainText('权重 6.03366e-6');
    await w.getByTestId('attn-scale').focus();
    await page.keyboard.press('Space');
    await expect(w.getByTestId('attn-scale')).toBeChecked();
    await cell.focus();
    await expect(w.getByTestId('attn-detail-0')).toContainText('权重 0.136126');
    await expect(w.getByTestId('attn-out')).toContainText('1.8639');
    const t = w.getByTestId('attn-t-slider');
    await t.focus();
    await page.keyboard.press('Home');
    await expect(t).toHaveAttribute('aria-valuetext', 'T = 0.01');
    await expect(w.locator('[data-cell="0-1"]')).toHaveText('0.50');
    expect(errors).toEqual([]);
  });

  test('masks: a fully masked row is explained, never NaN', async ({ page }) => {
    const w = await open(page, PAGES.attention, MARKERS.attention);
    await w.getByTestId('attn-causal').check();
    await expect(w.locator('[data-cell="0-1"]')).toHaveText('×');
    await w.getByRole('button', { name: /把第 1 个词/ }).click();
    await expect(w.getByTestId('attn-fully-masked')).toContainText('第 1（我） 行的所有键都被遮蔽');
    await expect(w.locator('[data-cell="0-0"]')).toHaveText('×');
    await expectNoNaN(w);
    await expect(w.getByTestId('attn-out').locator('tbody tr').first()).toContainText('0');
  });

  test('hostile inputs show messages and keep the last valid result', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await open(page, PAGES.attention, MARKERS.attention);
    await w.getByText('编辑 X 与').click();
    const x = w.getByTestId('attn-edit-X');
    for (const [text, message] of [['1 2\n3', '第 2 行有 1 个数'], ['1e308 0 1 0', '超出允许范围'], ['a b c d', '不是数字'], ['', '不能为空']]) {
      await x.fill(text!);
      await expect(w.getByRole('alert').filter({ hasText: message! })).toBeVisible();
    }
    await expect(w.getByTestId('attn-raw-0')).toContainText('16');
    await w.getByTestId('attn-tokens').fill(Array.from({ length: 13 }, (_, i) => `t${i}`).join(' '));
    await expect(w.getByRole('alert').filter({ hasText: '最多 12 个' })).toBeVisible();
    await x.fill('1 0 1 0\n0 2 0 2');
    await expect(w.getByRole('alert').filter({ hasText: 'X 的行数必须等于词数' })).toBeVisible();
    await expect(w.getByTestId('attn-raw-0')).toContainText('16');
    await w.getByTestId('attn-tokens').fill('a b');
    await expect(w.getByTestId('attn-raw-0').locator('tbody tr')).toHaveCount(2);
    await page.goto(`${PAGES.attention}#attention=%5B1%2C2%5D`);
    await expect(page.getByTestId(MARKERS.attention).getByRole('alert').filter({ hasText: '无法识别' })).toBeVisible();
    await expectNoNaN(page.getByTestId(MARKERS.attention));
    expect(errors).toEqual([]);
  });
});

test('self-attention: a shared link restores masks, heads and edited tokens', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const w = await open(page, PAGES.attention, MARKERS.attention);
  await w.getByLabel('预设').selectOption('multihead');
  await w.getByTestId('attn-causal').check();
  await w.getByTestId('attn-heads').selectOption('4');
  await w.getByTestId('attn-tokens').fill('我 喜欢 在 周末 看 小说');
  await w.getByRole('button', { name: '复制分享链接' }).click();
  const url = page.url();
  expect(new URL(url).hash).toContain('attention=');
  await page.goto('about:blank');
  const restored = await open(page, url, MARKERS.attention);
  await expect(restored.getByTestId('attn-causal')).toBeChecked();
  await expect(restored.getByTestId('attn-heads')).toHaveValue('4');
  await expect(restored.getByTestId('attn-heatmap-3')).toBeVisible();
  await expect(restored.locator('[data-cell="0-5"]').first()).toHaveText('×');
  await expect(restored.getByTestId('attn-out')).toContainText('小说');
});

test.describe('ROC / AUC', () => {
  test('syllabus preset: AUC 8/9 both ways; keyboard moves the threshold to the expected counts', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await open(page, PAGES.roc, MARKERS.roc);
    await expect(w.getByTestId('roc-auc-trapezoid')).toHaveText('0.888889');
    await expect(w.getByTestId('roc-auc-rank')).toHaveText('0.888889');
    await expect(w.getByTestId('roc-tp')).toContainText('2');
    const slider = w.getByTestId('roc-threshold-slider');
    await slider.focus();
    await page.keyboard.press('ArrowLeft'); // 0.7 → 0.6
    await page.keyboard.press('ArrowLeft'); // 0.6 → 0.55
    await expect(w.getByTestId('roc-threshold')).toContainText('0.55');
    await expect(w.getByTestId('roc-tp')).toContainText('3');
    await expect(w.getByTestId('roc-fp')).toContainText('2');
    await expect(w.getByTestId('roc-tpr')).toHaveText('1.0000');
    await expect(w.getByTestId('roc-fpr')).toHaveText('0.6667');
    await expect(w.getByTestId('roc-precision')).toHaveText('0.6000');
    await expect(w.getByTestId('roc-f1')).toHaveText('0.7500');
    await expect(slider).toHaveAttribute('aria-valuetext', '阈值 0.55：TPR 1，FPR 0.6667');
    await page.keyboard.press('End');
    await expect(w.getByTestId('roc-precision')).toHaveText('—');
    expect(errors).toEqual([]);
  });

  test('changing only the class ratio keeps AUC and moves AP', async ({ page }) => {
    const w = await open(page, PAGES.roc, MARKERS.roc);
    await w.getByTestId('roc-mode-generator').click();
    const auc = await w.getByTestId('roc-auc-rank').textContent();
    const ap = await w.getByTestId('roc-ap').textContent();
    await w.getByTestId('roc-copies').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight'); // ×5 negatives
    await expect(w.getByTestId('roc-ap')).not.toHaveText(ap!);
    await expect(w.getByTestId('roc-auc-rank')).toHaveText(auc!);
    await expect(w.getByTestId('roc-auc-trapezoid')).toHaveText(auc!);
  });

  test('hostile inputs and degenerate data give messages, not NaN', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await open(page, PAGES.roc, MARKERS.roc);
    const csv = w.getByTestId('roc-csv');
    const importButton = w.getByRole('button', { name: '导入 CSV' });
    for (const [text, message] of [['abc,def\nx,1', '格式不对'], ['0.5,7', '标签必须是 0 或 1'], ['NaN,1', '有限'], ['', '不能为空']]) {
      await csv.fill(text!);
      await importButton.click();
      await expect(w.getByRole('alert').filter({ hasText: message! })).toBeVisible();
    }
    await csv.fill(Array.from({ length: 501 }, (_, i) => `${i},1`).join('\n'));
    await importButton.click();
    await expect(w.getByRole('alert').filter({ hasText: '最多 500 行' })).toBeVisible();
    for (const [text, problem] of [['0.1,0\n0.2,0', '没有正样本'], ['0.1,1\n0.2,1', '没有负样本'], ['0.5,1\n0.5,0\n0.5,1', '所有分数都相同']]) {
      await csv.fill(text!);
      await importButton.click();
      await expect(w.getByTestId('roc-problem')).toContainText(problem!);
    }
    await expect(w.getByTestId('roc-auc-rank')).toHaveText('0.500000');
    await w.getByTestId('roc-score-0').fill('Infinity');
    await expect(w.getByRole('alert').filter({ hasText: '有限' })).toBeVisible();
    await w.getByTestId('roc-mode-generator').click();
    await w.getByTestId('roc-negatives').fill('1e308');
    await expect(w.getByRole('alert').filter({ hasText: '超出允许范围' })).toBeVisible();
    await w.getByTestId('roc-negatives').fill('19999');
    await expect(w.getByRole('alert').filter({ hasText: '总样本数最多' })).toBeVisible();
    await expectNoNaN(w);
    expect(errors).toEqual([]);
  });

  test('a shared link restores generator settings and threshold', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const w = await open(page, PAGES.roc, MARKERS.roc);
    await w.getByLabel('预设').selectOption('imbalanced');
    const slider = w.getByTestId('roc-threshold-slider');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    const threshold = await w.getByTestId('roc-threshold').textContent();
    const ap = await w.getByTestId('roc-ap').textContent();
    await w.getByRole('button', { name: '复制分享链接' }).click();
    const url = page.url();
    await page.goto('about:blank');
    const restored = await open(page, url, MARKERS.roc);
    await expect(restored.getByTestId('roc-threshold')).toHaveText(threshold!);
    await expect(restored.getByTestId('roc-ap')).toHaveText(ap!);
  });
});

test('following a link from a note without widgets to one with a widget hydrates the widget', async ({ page }) => {
  const errors = watchErrors(page);
  await visit(page, PAGES.none);
  await page.locator(`a[href="${PAGES.softmax}"]:visible`).first().click();
  await expect(page).toHaveURL(new RegExp(`${PAGES.softmax}$`));
  const w = page.getByTestId(MARKERS.softmax);
  await w.scrollIntoViewIfNeeded();
  await expect(w).toHaveAttribute('data-ready', 'true');
  await expect(w.getByTestId('softmax-p-2')).toHaveText('0.6652');
  expect(errors).toEqual([]);
});

test.describe('code loading', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name} page loads only its own widget code`, async ({ page }) => {
      const scripts = collectScripts(page);
      await page.goto(path);
      // Settled: the page's script ran, its widget (brought into view) hydrated, and nothing more is in flight.
      await page.locator('[data-testid=search-button][data-ready]').waitFor();
      if (name in MARKERS) {
        const widget = page.getByTestId(MARKERS[name as keyof typeof MARKERS]);
        await widget.scrollIntoViewIfNeeded();
        await expect(widget).toHaveAttribute('data-ready', 'true');
      }
      await page.waitForLoadState('networkidle');
      const all = await scripts();
      for (const [widget, marker] of Object.entries(MARKERS)) expect(all.includes(marker), `${widget} code on ${path}`).toBe(widget === name);
    });
  }
});

for (const [name, path] of Object.entries(PAGES).filter(([n]) => n !== 'none')) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violations with the ${name} widget (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, path, MARKERS[name as keyof typeof MARKERS]);
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
  }
}

test('hydration causes no layout shift inside any widget', async ({ page }) => {
  for (const [name, path] of Object.entries(PAGES).filter(([n]) => n !== 'none')) {
    await open(page, path, MARKERS[name as keyof typeof MARKERS]);
    expect(await page.evaluate(() => PerformanceObserver.supportedEntryTypes.includes('layout-shift'))).toBe(true);
    expect(await widgetLayoutShift(page), path).toBe(0);
  }
});

test('at 375 px no widget widens the page', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  for (const [name, path] of Object.entries(PAGES).filter(([n]) => n !== 'none')) {
    await open(page, path, MARKERS[name as keyof typeof MARKERS]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
});
