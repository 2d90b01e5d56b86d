import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { visit, watchErrors } from './helpers';

// The practice area against the exported site: real Pyodide in a real module worker.
// Loading Pyodide takes seconds on a busy machine, so waits are generous; nothing waits a fixed time.
test.describe.configure({ timeout: 300_000 });
const PROBLEM = '/practice/auc-by-ranks/';
const PYTHON_READY = 150_000;

const CORRECT = `def auc(scores, labels):
    pos = [s for s, y in zip(scores, labels) if y == 1]
    neg = [s for s, y in zip(scores, labels) if y == 0]
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in pos for n in neg)
    return wins / (len(pos) * len(neg))
`;
// Ranks by sorted position: wrong as soon as scores tie.
const IGNORES_TIES = `def auc(scores, labels):
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0] * len(scores)
    for r, i in enumerate(order):
        ranks[i] = r + 1
    p = sum(labels)
    n = len(labels) - p
    return (sum(r for r, y in zip(ranks, labels) if y) - p * (p + 1) / 2) / (p * n)
`;

async function openProblem(page: Page, path = PROBLEM) {
  await visit(page, path);
  await page.locator('[data-testid=workbench][data-editor-ready]').waitFor();
}

/** Replaces the editor's text the way a paste would. */
async function setCode(page: Page, code: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(code);
}

async function submit(page: Page) {
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('run-summary')).toBeVisible({ timeout: PYTHON_READY });
}

test('a correct solution passes every test, the state is saved and the solution can be revealed', async ({ page }) => {
  const errors = watchErrors(page);
  await openProblem(page);
  await expect(page.getByText('提交一次后可以查看参考解答与讲解。')).toBeVisible();
  await setCode(page, CORRECT);
  await submit(page);
  await expect(page.getByTestId('pass-count')).toHaveText('通过 7 / 7 个测试');
  await expect(page.getByTestId('run-summary')).toContainText('全部通过');
  await expect(page.locator('[data-testid=test-row][data-passed=false]')).toHaveCount(0);

  await page.getByTestId('reveal').click();
  await expect(page.getByTestId('solution')).toContainText('average_rank');
  await expect(page.getByTestId('solution')).toContainText('Mann–Whitney');

  await visit(page, '/practice/');
  await expect(page.getByTestId('status-auc-by-ranks')).toHaveAttribute('data-status', 'solved');
  await expect(page.getByTestId('status-softmax-cross-entropy')).toHaveAttribute('data-status', 'none');
  expect(errors).toEqual([]);
});

test('a wrong solution shows the failing case with input, expected and got', async ({ page }) => {
  await openProblem(page);
  await setCode(page, IGNORES_TIES);
  await submit(page);
  await expect(page.getByTestId('pass-count')).not.toHaveText('通过 7 / 7 个测试');
  const failing = page.locator('[data-testid=test-row][data-passed=false]').first();
  await expect(failing).toContainText('一对正负样本并列');
  await expect(failing).toContainText('auc([0.2, 0.2, 0.5, 0.9, 0.1], [1, 0, 1, 0, 0])');
  await expect(failing).toContainText('0.5833333333333334');
  await expect(failing).toContainText('容差');
  await visit(page, '/practice/');
  await expect(page.getByTestId('status-auc-by-ranks')).toHaveAttribute('data-status', 'attempted');
});

test('a syntax error and a runtime error show the learner’s own line', async ({ page }) => {
  await openProblem(page);
  await setCode(page, 'def auc(scores, labels):\n    total = 0\n    for s in scores\n        total += s\n    return total\n');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-summary')).toHaveText('语法错误（第 3 行）', { timeout: PYTHON_READY });
  await expect(page.getByTestId('traceback')).toContainText('File "solution.py", line 3');

  await setCode(page, 'def helper(n):\n    return 1 / n\n\ndef auc(scores, labels):\n    return helper(0)\n');
  await page.getByTestId('run').click();
  const row = page.locator('[data-testid=test-row]').first();
  await expect(row).toContainText('出错（第 2 行）');
  await expect(row).toContainText('ZeroDivisionError: division by zero');
  await expect(page.getByTestId('traceback')).toContainText('line 5, in auc');
  await expect(page.getByTestId('traceback')).not.toContainText('harness');
});

test('an infinite loop is stopped at the limit and the next run works', async ({ page }) => {
  await openProblem(page);
  await setCode(page, 'def auc(scores, labels):\n    while True:\n        pass\n');
  await page.getByTestId('run').click();
  await expect(page.getByTestId('run-summary')).toContainText('运行超过 5 秒，已强制停止', { timeout: PYTHON_READY + 10_000 });
  await expect(page.getByTestId('run')).toBeEnabled();
  await setCode(page, CORRECT);
  await page.getByTestId('run').click();
  await expect(page.getByTestId('pass-count')).toHaveText('通过 2 / 2 个测试', { timeout: PYTHON_READY });
});

test('hostile output is shown as text and truncated', async ({ page }) => {
  await openProblem(page);
  await setCode(page, `def auc(scores, labels):\n    print('<img src=x onerror="document.title=1"><b>bold</b>')\n    print('x' * 100000)\n    return 0.75\n`);
  await page.getByTestId('run').click();
  const out = page.getByTestId('stdout');
  await expect(out).toContainText('<img src=x onerror="document.title=1"><b>bold</b>', { timeout: PYTHON_READY });
  await expect(out.locator('img, b')).toHaveCount(0);
  await expect(page.getByTestId('stdout-note')).toContainText('输出过长，只显示前 10000 个字符');
  expect(await page.title()).not.toBe('1');
  const shown = await out.textContent();
  expect(shown!.length).toBeLessThanOrEqual(10_000);
});

test('the draft survives a reload; reset asks first', async ({ page }) => {
  await openProblem(page);
  await setCode(page, 'def auc(scores, labels):\n    return 0.123  # 我的草稿\n');
  await page.reload();
  await page.locator('[data-testid=workbench][data-editor-ready]').waitFor();
  await expect(page.locator('.cm-content')).toContainText('return 0.123  # 我的草稿');

  page.once('dialog', (d) => void d.dismiss());
  await page.getByTestId('reset').click();
  await expect(page.locator('.cm-content')).toContainText('我的草稿');
  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('reset').click();
  await expect(page.locator('.cm-content')).toContainText('按分数排序，给并列的分数取平均名次');
  await page.reload();
  await page.locator('[data-testid=workbench][data-editor-ready]').waitFor();
  await expect(page.locator('.cm-content')).not.toContainText('我的草稿');
});

test('keyboard only: Ctrl+Enter runs from the editor, Esc then Tab leaves it', async ({ page }) => {
  await openProblem(page);
  const editor = page.locator('.cm-content');
  await expect(editor).toHaveAttribute('aria-label', /Python 代码编辑器/);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(CORRECT);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('pass-count')).toHaveText('通过 2 / 2 个测试', { timeout: PYTHON_READY });
  await expect(page.locator('.cm-line')).toHaveCount(CORRECT.split('\n').length); // Ctrl+Enter ran, it did not insert a line
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused(); // Tab indents inside the editor
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('run')).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violations on a practice page with results (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openProblem(page);
    await setCode(page, IGNORES_TIES.replace('    p = sum(labels)', "    print('调试输出')\n    p = sum(labels)"));
    await submit(page);
    await page.getByTestId('reveal').click();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  });
}

test('no horizontal overflow at 375 px, with long results on screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openProblem(page, '/practice/attention-with-masks/');
  await setCode(page, "def attention(q, k, v, key_padding=None, causal=False):\n    print('长' * 500 + 'x' * 500)\n    return [[0.0] * len(v[0]) for _ in q]\n");
  await submit(page);
  await page.getByTestId('reveal').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a note lists its problems and loads nothing of the practice runtime', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await visit(page, '/notes/roc-auc/');
  const links = page.getByTestId('note-practice');
  await expect(links.getByRole('heading', { name: '动手写' })).toBeVisible();
  await expect(links.getByRole('link', { name: '用排序算 AUC（处理并列分数）' })).toHaveAttribute('href', PROBLEM);
  await links.scrollIntoViewIfNeeded();
  await expect(links.getByRole('link').first()).toBeInViewport();
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /\/pyodide\/|python\.worker/.test(u))).toEqual([]);
});
