// Renders the PNG app icons (manifest, maskable, Apple touch) from one SVG drawing with Chromium.
// Run once when the logo changes: `node scripts/make-icons.mjs`; the PNGs are committed.
import { chromium } from '@playwright/test';

const logo = (size, { maskable = false, rounded = true } = {}) => {
  // Maskable icons keep their content inside the central 80 % safe zone and fill the square.
  const pad = maskable ? size * 0.1 : 0;
  const inner = size - 2 * pad;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
    <rect width="${size}" height="${size}" rx="${rounded && !maskable ? size * 0.22 : 0}" fill="#3b5bdb"/>
    <text x="${size / 2}" y="${pad + inner * 0.67}" font-family="Arial, sans-serif" font-size="${inner * 0.47}"
      font-weight="700" fill="#fff" text-anchor="middle">ml</text></svg>`;
};
const icons = [
  ['public/icons/icon-192.png', 192, {}],
  ['public/icons/icon-512.png', 512, {}],
  ['public/icons/maskable-512.png', 512, { maskable: true }],
  ['app/apple-icon.png', 180, { rounded: false }],
];
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const [file, size, opts] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0;background:transparent">${logo(size, opts)}</body>`);
  await page.locator('svg').screenshot({ path: file, omitBackground: true });
  console.log(file);
}
await browser.close();
