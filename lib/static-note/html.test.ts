import { describe, expect, it } from 'vitest';
import { decodeAttribute, fillWidgetPlaceholders, findWidgetPlaceholders, replaceRuntime } from './html';

const placeholder = (name: string, props: unknown) =>
  `<div data-widget="${name}" data-props="${JSON.stringify(props).replace(/&/g, '&#x26;').replace(/"/g, '&#x22;')}"></div>`;

describe('widget placeholders', () => {
  const props = { logits: [2, -1, 0.1], names: ['a "quoted" name', 'x & y', '<b>'] };
  const html = `<h2 id="a">A</h2>${placeholder('SoftmaxTemperature', props)}<p>text</p>${placeholder('RocAuc', {})}`;

  it('reads names and props back exactly, quotes, ampersands and angle brackets included', () => {
    expect(findWidgetPlaceholders(html)).toEqual([
      { name: 'SoftmaxTemperature', props },
      { name: 'RocAuc', props: {} },
    ]);
  });

  it('fills each placeholder with its render and numbers it for its useId prefix', () => {
    const seen: string[] = [];
    const out = fillWidgetPlaceholders(html, (w, i) => {
      seen.push(`${i}:${w.name}:${JSON.stringify(w.props)}`);
      return `<figure>${w.name}</figure>`;
    });
    expect(seen).toEqual([`0:SoftmaxTemperature:${JSON.stringify(props)}`, '1:RocAuc:{}']);
    expect(out).toContain('data-island="0"><figure>SoftmaxTemperature</figure></div>');
    expect(out).toContain('<div data-widget="RocAuc" data-props="{}" data-island="1"><figure>RocAuc</figure></div>');
    // The props the client hydrates with are still there, unchanged.
    expect(findWidgetPlaceholders(out.replace(/ data-island="\d+">.*?<\/figure>/g, '>'))).toEqual(findWidgetPlaceholders(html));
  });

  it('decodes hex, decimal and named references, and leaves unknown ones alone', () => {
    expect(decodeAttribute('&#x22;a&#34; &amp; &lt;b&gt; &nbsp-ish &unknown;')).toBe('"a" & <b> &nbsp-ish &unknown;');
  });
});

describe('replaceRuntime', () => {
  const page = [
    '<!DOCTYPE html><html><head>',
    '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
    '<link rel="preload" href="/_next/static/chunks/c.js" as="script" fetchPriority="low"/>',
    '<link rel="modulepreload" href="/_next/static/chunks/d.js"/>',
    '<script src="/_next/static/chunks/e.js" async=""></script>',
    '<script id="theme-init">(function(){})()</script>',
    '<script type="speculationrules">{"prerender":[]}</script>',
    '</head><body><p>note</p>',
    '<script>self.__next_f.push([1,"<p>note</p>"])</script>',
    '<script src="/_next/static/chunks/f.js" noModule=""></script>',
    '</body></html>',
  ].join('');
  const out = replaceRuntime(page, '/_islands/note-X.js');

  it('removes the runtime, its preloads and the inline page data', () => {
    expect(out).not.toMatch(/_next\/static\/chunks\/[a-f]\.js/);
    expect(out).not.toContain('__next_f');
  });

  it('keeps the stylesheet, the theme script and the speculation rules, and loads the page module', () => {
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(out).toContain('<script id="theme-init">(function(){})()</script>');
    expect(out).toContain('<script type="speculationrules">');
    expect(out).toContain('<script type="module" src="/_islands/note-X.js"></script></head>');
    expect(out.match(/<script/g)).toHaveLength(3);
  });

  it('refuses a page whose content a script would still have to move into place', () => {
    expect(() => replaceRuntime(page.replace('<p>note</p>', '<div hidden id="S:0"><p>late</p></div>'), '/m.js')).toThrow(/Suspense/);
    expect(() => replaceRuntime('<html><body></body></html>', '/m.js')).toThrow(/<\/head>/);
  });
});
