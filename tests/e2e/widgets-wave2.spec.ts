import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchErrors } from './helpers';
import { expectNoNaN, open, seriousAxeViolations, widgetLayoutShift } from './widget-helpers';

// The second wave of widgets (issue 16): one page per widget, and its root's test id.
const WIDGETS = {
  focal: { path: '/notes/focal-loss/', id: 'widget-focal-loss' },
  lr: { path: '/notes/learning-rate-warmup/', id: 'widget-lr-schedule' },
  ranking: { path: '/notes/ndcg/', id: 'widget-ranking-metrics' },
  decoding: { path: '/notes/softmax-temperature/', id: 'widget-decoding-sampler' },
  norm: { path: '/notes/batchnorm-vs-layernorm/', id: 'widget-norm-axes' },
  l1l2: { path: '/notes/l1-l2-regularization/', id: 'widget-l1l2-geometry' },
  optim: { path: '/notes/momentum-adam-adamw/', id: 'widget-optimizer-paths' },
  rope: { path: '/notes/positional-encoding/', id: 'widget-rope-positional' },
};
type Name = keyof typeof WIDGETS;
const openWidget = (page: Page, name: Name) => open(page, WIDGETS[name].path, WIDGETS[name].id);

/** Types each text into the field and expects an alert containing the message; the readout must not change. */
async function expectRejected(w: Locator, field: Locator, cases: [string, string][], readout: Locator) {
  const before = await readout.textContent();
  for (const [text, message] of cases) {
    await field.fill(text);
    // This field's own message (the one its aria-describedby names), not another field's.
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const errorId = (await field.getAttribute('aria-describedby'))!;
    await expect(w.locator(`[id="${errorId}"][role="alert"]`)).toContainText(message);
    await expect(readout).toHaveText(before!);
  }
}

/** Clicks share, reopens the link in a fresh page load, and returns the restored widget. */
async function shareAndReopen(page: Page, w: Locator, name: Name) {
  await w.getByRole('button', { name: '复制分享链接' }).click();
  await expect(w.getByText('链接已复制')).toBeVisible();
  const url = page.url();
  expect(url).toContain('#');
  await page.goto('about:blank');
  // The shared link itself, hash included: the state must come back from it alone.
  return open(page, url.slice(url.indexOf(WIDGETS[name].path)), WIDGETS[name].id);
}

const GARBAGE: [string, string][] = [
  ['abc', '不是数字'],
  ['', '不能为空'],
  ['NaN', '有限'],
  ['1e308', '超出允许范围'],
];

test.describe('FocalLoss', () => {
  test('server HTML has the readouts; γ by keyboard gives the exact losses and batch shares', async ({ page, request }) => {
    expect(await (await request.get(WIDGETS.focal.path)).text()).toContain('CE 0.1054，FL 0.001054');
    const errors = watchErrors(page);
    const w = await openWidget(page, 'focal');
    await expect(w.getByTestId('focal-hard-share')).toHaveText('难样本占总损失：交叉熵 2.14% → Focal Loss 63.9%');
    await w.getByTestId('focal-gamma-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(w.getByTestId('focal-gamma-slider')).toHaveAttribute('aria-valuetext', 'γ = 1');
    await expect(w.getByTestId('focal-loss')).toHaveText('CE 0.1054，FL 0.01054');
    await expect(w.getByTestId('focal-hard-share')).toHaveText('难样本占总损失：交叉熵 2.14% → Focal Loss 16.44%');
    expect(errors).toEqual([]);
  });

  test('garbage input gives messages and keeps the last values; a shared link restores γ = 5', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchErrors(page);
    const w = await openWidget(page, 'focal');
    await expectRejected(w, w.getByTestId('focal-gamma-exact'), GARBAGE, w.getByTestId('focal-loss'));
    await expectRejected(w, w.getByTestId('focal-hard-count'), [['2.5', '整数'], ['-1', '超出允许范围']], w.getByTestId('focal-hard-share'));
    await expectRejected(w, w.getByTestId('focal-easy-pt'), [['0', '超出允许范围']], w.getByTestId('focal-hard-share'));
    await w.getByTestId('focal-easy-count').fill('1000000');
    await expectNoNaN(w);
    await w.getByTestId('focal-gamma-exact').fill('5');
    const restored = await shareAndReopen(page, w, 'focal');
    await expect(restored.getByTestId('focal-gamma-exact')).toHaveValue('5');
    await expect(restored.getByTestId('focal-loss')).toHaveText('CE 0.1054，FL 1.054e-6');
    expect(errors).toEqual([]);
  });
});

test.describe('LrSchedule', () => {
  test('one arrow key moves the probe to step 5501 with the exact rate; the share link keeps cosine', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchErrors(page);
    const w = await openWidget(page, 'lr');
    await expect(w.getByTestId('lr-value')).toHaveText('η = 1e-5');
    await w.getByTestId('lr-t-slider').focus();
    await page.keyboard.press('ArrowRight');
    await expect(w.getByTestId('lr-value')).toHaveText('η = 9.998e-6');
    await w.getByTestId('lr-decay').selectOption('cosine');
    await w.getByTestId('lr-t-exact').fill('5500');
    await expect(w.getByTestId('lr-value')).toHaveText('η = 1e-5');
    await w.getByTestId('lr-t-exact').fill('3250');
    await expect(w.getByTestId('lr-value')).toHaveText('η = 1.707e-5');
    const restored = await shareAndReopen(page, w, 'lr');
    await expect(restored.getByTestId('lr-decay')).toHaveValue('cosine');
    await expect(restored.getByTestId('lr-value')).toHaveText('η = 1.707e-5');
    expect(errors).toEqual([]);
  });

  test('garbage and inconsistent input are refused with messages', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await openWidget(page, 'lr');
    await expectRejected(w, w.getByTestId('lr-peak'), [...GARBAGE, ['0', '超出允许范围']], w.getByTestId('lr-value'));
    await expectRejected(w, w.getByTestId('lr-warmup'), [['20000', '超出允许范围'], ['1.5', '整数']], w.getByTestId('lr-value'));
    await w.getByTestId('lr-total').fill('10000000');
    await w.getByTestId('lr-t-exact').fill('10000000');
    await expect(w.getByTestId('lr-value')).toHaveText('η = 0');
    await expectNoNaN(w);
    expect(errors).toEqual([]);
  });
});

test.describe('RankingMetrics', () => {
  test('moving a document with the keyboard updates NDCG, announces the move and keeps focus', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await openWidget(page, 'ranking');
    await expect(w.getByTestId('ranking-ndcg')).toHaveText('DCG 6.86113 / IDCG 7.141 = 0.96081');
    await w.getByRole('button', { name: '上移文档 C' }).focus();
    await page.keyboard.press('Enter');
    await expect(w.getByTestId('ranking-ndcg')).toHaveText('DCG 6.99206 / IDCG 7.141 = 0.97914');
    await expect(w.getByTestId('ranking-announce')).toHaveText('文档 C 移到了第 2 位');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', '上移文档 C');
    await page.keyboard.press('Enter');
    await expect(w.getByTestId('ranking-announce')).toHaveText('文档 C 移到了第 1 位');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', '下移文档 C');
    await w.getByTestId('ranking-gain-exp').check();
    await w.getByRole('button', { name: '按等级理想排序' }).click();
    await expect(w.getByTestId('ranking-ndcg')).toContainText('= 1');
    expect(errors).toEqual([]);
  });

  test('AP counts missed relevant documents; garbage grades are refused; the link restores the order', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchErrors(page);
    const w = await openWidget(page, 'ranking');
    await w.getByLabel('预设').selectOption('binary');
    await expect(w.getByTestId('ranking-ap')).toHaveText('(1/1 + 2/3 + 3/5) / 3 = 0.75556');
    await w.getByTestId('ranking-missed').fill('1');
    await expect(w.getByTestId('ranking-ap')).toHaveText('(1/1 + 2/3 + 3/5) / 4 = 0.56667');
    await expectRejected(w, w.getByTestId('ranking-grade-0'), [...GARBAGE, ['6', '超出允许范围'], ['1.5', '整数']], w.getByTestId('ranking-ap'));
    await w.getByTestId('ranking-grade-0').fill('1');
    await w.getByRole('button', { name: '下移文档 A' }).click();
    await expect(w.getByTestId('ranking-rr')).toHaveText('第一个相关结果在第 2 位：1/2 = 0.5');
    for (let i = 0; i < 4; i++) await w.getByTestId('ranking-grade-' + i).fill('0');
    await w.getByTestId('ranking-grade-4').fill('0');
    await w.getByTestId('ranking-missed').fill('0');
    await expect(w.getByTestId('ranking-ap')).toHaveText('无定义（R = 0：没有相关结果）');
    await expect(w.getByTestId('ranking-ndcg')).toHaveText('无定义（IDCG = 0：没有等级 > 0 的文档）');
    await expectNoNaN(w);
    await w.getByTestId('ranking-grade-2').fill('2');
    const restored = await shareAndReopen(page, w, 'ranking');
    await expect(restored.getByTestId('ranking-row-0').getByRole('rowheader')).toHaveText('B');
    await expect(restored.getByTestId('ranking-rr')).toHaveText('第一个相关结果在第 3 位：1/3 = 0.33333');
    expect(errors).toEqual([]);
  });
});

test.describe('DecodingSampler', () => {
  test('top-k by keyboard keeps three tokens, renormalised; seeded draws survive the share link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchErrors(page);
    const w = await openWidget(page, 'decoding');
    await expect(w.getByTestId('decoding-p-0')).toHaveText('0.5025');
    await w.getByTestId('decoding-k-slider').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(w.getByTestId('decoding-p-0')).toHaveText('0.5465');
    await expect(w.getByTestId('decoding-p-3')).toHaveText('0');
    await expect(w.getByTestId('decoding-fate-3')).toHaveText('✗ 被 top-k 截掉');
    await expect(w.getByTestId('decoding-survivors')).toHaveText('保留 3 个词，它们原本的概率合计 0.9194，重新归一化后合计为 1');
    await w.getByTestId('decoding-penalty-exact').fill('1.5');
    await expect(w.getByTestId('decoding-p-1')).toHaveText('0.5065');
    await w.getByTestId('decoding-draw').click();
    const freq = await w.getByTestId('decoding-freq-1').textContent();
    expect(Math.abs(Number(freq) - 0.5065)).toBeLessThan(0.05);
    const restored = await shareAndReopen(page, w, 'decoding');
    await expect(restored.getByTestId('decoding-freq-1')).toHaveText(freq!);
    expect(errors).toEqual([]);
  });

  test('garbage input is refused; extreme logits stay finite', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await openWidget(page, 'decoding');
    await expectRejected(w, w.getByTestId('decoding-logit-0'), GARBAGE.filter(([t]) => t !== '1e308'), w.getByTestId('decoding-p-0'));
    await expectRejected(w, w.getByTestId('decoding-p-exact'), [['0', '超出允许范围'], ['abc', '不是数字']], w.getByTestId('decoding-p-0'));
    await w.getByTestId('decoding-logit-0').fill('1e308');
    await w.getByTestId('decoding-logit-1').fill('-1e308');
    await w.getByTestId('decoding-penalty-exact').fill('10');
    await w.getByTestId('decoding-t-exact').fill('0.01');
    await expect(w.getByTestId('decoding-p-0')).toHaveText('1.0000');
    await expectNoNaN(w);
    expect(errors).toEqual([]);
  });
});

test.describe('NormAxes', () => {
  test('switching BN to LN by keyboard regroups the tensor with the exact statistics', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await openWidget(page, 'norm');
    await expect(w.getByTestId('norm-shape')).toHaveText('形状 [B, T, H] = [2, 3, 4]，共 4 组统计量，每组 6 个数');
    await expect(w.locator('[data-on]')).toHaveCount(6);
    await w.getByTestId('norm-method').focus();
    await page.keyboard.press('ArrowDown');
    await expect(w.getByTestId('norm-method')).toHaveValue('ln');
    await expect(w.getByTestId('norm-shape')).toHaveText('形状 [B, T, H] = [2, 3, 4]，共 6 组统计量，每组 4 个数');
    await expect(w.getByTestId('norm-stats')).toHaveText('均值 μ = 2.5，方差 σ² = 1.25，除数 1.118');
    await expect(w.locator('[data-on]')).toHaveCount(4);
    expect(errors).toEqual([]);
  });

  test('hand example, garbage data, a zero-variance group and the share link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchErrors(page);
    const w = await openWidget(page, 'norm');
    await w.getByLabel('预设').selectOption('hand-bn');
    await expect(w.getByTestId('norm-cell-1-0-2')).toHaveAttribute('aria-label', '输入 9，输出 1，第 3 组');
    const data = w.getByTestId('norm-data');
    await expectRejected(w, data, [['abc', '不是数字'], ['1 2\n3', '第 2 行'], ['', '不能为空'], ['1 NaN', '有限']], w.getByTestId('norm-stats'));
    await data.fill('5 5\n5 5');
    await expect(w.getByText('方差为 0')).toBeVisible();
    await data.fill('1e308 -1e308 1e308\n0 1 2');
    await expectNoNaN(w);
    await w.getByTestId('norm-method').selectOption('rms');
    await data.fill('1 2 3');
    await expect(w.getByTestId('norm-stats')).toHaveText('RMS = √(mean x²) = 2.1602（不减均值），除数 2.1602');
    const restored = await shareAndReopen(page, w, 'norm');
    await expect(restored.getByTestId('norm-cell-0-0-0')).toHaveAttribute('aria-label', '输入 1，输出 0.4629，第 1 组（高亮）');
    expect(errors).toEqual([]);
  });
});

test.describe('L1L2Geometry', () => {
  test('L1 lands on a vertex; λ by keyboard gives the exact soft-threshold and shrinkage', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await openWidget(page, 'l1l2');
    await expect(w.getByTestId('l1l2-l1')).toHaveText('w = (1, 0)，损失 1');
    await expect(w.getByTestId('l1l2-l2')).toHaveText('w = (0.8944, 0.4472)，损失 0.7639');
    await w.getByTestId('l1l2-lambda-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await expect(w.getByTestId('l1l2-oned')).toHaveText('L1 → 0，L2 → 0.4211');
    await w.getByTestId('l1l2-a2-exact').fill('3');
    await expect(w.getByTestId('l1l2-l1')).toHaveText('w = (0.5, 0.5)，损失 1.5');
    expect(errors).toEqual([]);
  });

  test('garbage input is refused; the share link restores the budget', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchErrors(page);
    const w = await openWidget(page, 'l1l2');
    await expectRejected(w, w.getByTestId('l1l2-wx-exact'), GARBAGE, w.getByTestId('l1l2-l1'));
    await expectRejected(w, w.getByTestId('l1l2-budget-exact'), [['0', '超出允许范围']], w.getByTestId('l1l2-l1'));
    await w.getByTestId('l1l2-budget-exact').fill('3');
    await expect(w.getByTestId('l1l2-l1')).toHaveText('w = (2, 1)，损失 0');
    await expectNoNaN(w);
    const restored = await shareAndReopen(page, w, 'l1l2');
    await expect(restored.getByTestId('l1l2-l2')).toHaveText('w = (2, 1)，损失 0');
    expect(errors).toEqual([]);
  });
});

test.describe('OptimizerPaths', () => {
  test('stepping by keyboard gives the exact first iterates; divergence is reported, not NaN', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await openWidget(page, 'optim');
    await w.getByTestId('optim-step-slider').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect(w.getByTestId('optim-pos-sgd')).toHaveText('(−3.52, −0.3)');
    await expect(w.getByTestId('optim-pos-momentum')).toHaveText('(−3.52, −0.3)');
    await expect(w.getByTestId('optim-pos-adam')).toHaveText('(−3.9, 1.4)');
    await expect(w.getByTestId('optim-pos-adamw')).toHaveText('(−3.86, 1.385)');
    await w.getByLabel('预设').selectOption('quadratic-fast');
    await w.getByTestId('optim-step-exact').fill('500');
    await expect(w.getByTestId('optim-row-nesterov')).toContainText('第 51 步发散');
    await expectNoNaN(w);
    expect(errors).toEqual([]);
  });

  test('garbage input is refused; the share link restores surface and step', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchErrors(page);
    const w = await openWidget(page, 'optim');
    await expectRejected(w, w.getByTestId('optim-lr'), GARBAGE, w.getByTestId('optim-pos-sgd'));
    await expectRejected(w, w.getByTestId('optim-beta2'), [['1', '超出允许范围']], w.getByTestId('optim-pos-adam'));
    await w.getByTestId('optim-lr').fill('10');
    await expect(w.getByTestId('optim-row-sgd')).toContainText('发散');
    await expectNoNaN(w);
    await w.getByTestId('optim-surface').selectOption('saddle');
    await w.getByTestId('optim-step-exact').fill('7');
    const pos = await w.getByTestId('optim-pos-adam').textContent();
    const restored = await shareAndReopen(page, w, 'optim');
    await expect(restored.getByTestId('optim-surface')).toHaveValue('saddle');
    await expect(restored.getByTestId('optim-pos-adam')).toHaveText(pos!);
    expect(errors).toEqual([]);
  });
});

test.describe('RopePositional', () => {
  test('the RoPE score depends only on the offset (typed by keyboard); the sinusoid dot matches the note', async ({ page }) => {
    const errors = watchErrors(page);
    const w = await openWidget(page, 'rope');
    await expect(w.getByTestId('rope-score')).toHaveText('⟨R(mθ)q, R(nθ)k⟩ = −6.781229，只和 n − m = −2 有关');
    await w.getByTestId('rope-m').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10');
    await w.getByTestId('rope-n').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('8');
    await expect(w.getByTestId('rope-score')).toContainText('−6.781229');
    await w.getByLabel('预设').selectOption('note-sinusoid');
    await expect(w.getByTestId('rope-dot')).toHaveText('PE_1 · PE_2 = 1.540252（逐项相乘），Σ_k cos(ω_k·1) = 1.540252');
    expect(errors).toEqual([]);
  });

  test('interpolation warns beyond the trained angle; garbage is refused; the link restores it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchErrors(page);
    const w = await openWidget(page, 'rope');
    await w.getByLabel('预设').selectOption('interpolation');
    await expect(w.getByTestId('rope-angle')).toHaveText('位置 6000：直接外推转 6 弧度，插值后 1.5 弧度；训练时最大 2.048 弧度');
    await expect(w.getByTestId('rope-beyond')).toContainText('超出了训练时见过的范围');
    await expectRejected(w, w.getByTestId('rope-q0'), GARBAGE, w.getByTestId('rope-score'));
    await expectRejected(w, w.getByTestId('rope-base'), [['1', '超出允许范围']], w.getByTestId('rope-score'));
    await w.getByTestId('rope-m').fill('1000000');
    await expectNoNaN(w);
    await w.getByTestId('rope-m').fill('1000');
    const restored = await shareAndReopen(page, w, 'rope');
    await expect(restored.getByTestId('rope-angle')).toHaveText('位置 1000：直接外推转 1 弧度，插值后 0.25 弧度；训练时最大 2.048 弧度');
    expect(errors).toEqual([]);
  });
});

test.describe('every second-wave widget', () => {
  for (const name of Object.keys(WIDGETS) as Name[]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`${name}: axe finds no serious or critical violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openWidget(page, name);
        expect(await seriousAxeViolations(page)).toEqual([]);
      });
    }
  }

  test('hydrate without layout shift and fit 375 px', async ({ page }) => {
    for (const name of Object.keys(WIDGETS) as Name[]) {
      await openWidget(page, name);
      expect(await widgetLayoutShift(page), name).toBe(0);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    for (const name of Object.keys(WIDGETS) as Name[]) {
      await openWidget(page, name);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(375);
    }
  });

  test('a garbage hash gives a message, not a crash', async ({ page }) => {
    const errors = watchErrors(page);
    for (const [name, key] of [['focal', 'focal'], ['lr', 'lr'], ['ranking', 'ranking'], ['norm', 'norm'], ['l1l2', 'l1l2'], ['optim', 'optim'], ['rope', 'rope']] as [Name, string][]) {
      await page.goto('about:blank');
      const w = await open(page, `${WIDGETS[name].path}#${key}=%7B%22x%22%3A1%7D`, WIDGETS[name].id);
      await expect(w.getByRole('alert').filter({ hasText: '无法识别' })).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
});

test('ROC: CSV scores at ±1e308 or tied at 1e17 draw a finite histogram without console errors', async ({ page }) => {
  const errors = watchErrors(page);
  const w = await open(page, '/notes/roc-auc/', 'widget-roc-auc');
  for (const csv of ['1e308,1\n-1e308,0', '1e17,1\n1e17,0']) {
    await w.getByTestId('roc-csv').fill(csv);
    await w.getByRole('button', { name: '导入 CSV' }).click();
    await expect(w.getByText('已导入 2 行')).toBeVisible();
    const coords = await w.locator('svg line, svg path').evaluateAll((els) => els.map((e) => `${e.getAttribute('x1') ?? ''} ${e.getAttribute('d') ?? ''}`).join(' '));
    expect(coords).not.toContain('NaN');
  }
  expect(errors).toEqual([]);
});
