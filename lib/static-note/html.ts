// String transforms that turn an exported note page into static HTML with islands (issue 17). They
// run on build output we wrote ourselves, so plain patterns over known markup are enough; each one
// throws when the markup is not what it expects rather than writing a half-converted page.

/** A widget placeholder as the note pipeline writes it: `<div data-widget="Name" data-props="{…}"></div>`. */
const PLACEHOLDER = /<div data-widget="([A-Za-z][A-Za-z0-9]*)" data-props="([^"]*)"><\/div>/g;

export interface WidgetPlaceholder {
  name: string;
  props: Record<string, unknown>;
}

/** Undoes the character references an HTML serialiser writes inside a double-quoted attribute. */
export function decodeAttribute(value: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (ref, body: string) => {
    if (body[0] !== '#') return named[body.toLowerCase()] ?? ref;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The widgets a page embeds, in document order. */
export function findWidgetPlaceholders(html: string): WidgetPlaceholder[] {
  return [...html.matchAll(PLACEHOLDER)].map(([, name, props]) => ({ name: name!, props: JSON.parse(decodeAttribute(props!)) }));
}

/**
 * Puts each widget's server-rendered markup inside its placeholder, which keeps its name and props for
 * the client to hydrate with. `render` gets the widget's index on the page (its useId prefix).
 */
export function fillWidgetPlaceholders(html: string, render: (w: WidgetPlaceholder, index: number) => string): string {
  let index = 0;
  return html.replace(PLACEHOLDER, (_, name: string, props: string) => {
    const i = index++;
    const inner = render({ name, props: JSON.parse(decodeAttribute(props)) }, i);
    return `<div data-widget="${name}" data-props="${props}" data-island="${i}">${inner}</div>`;
  });
}

/** `<script>` elements a static page keeps: the theme set before first paint, and speculation rules. */
const KEPT_SCRIPT = /^<script\b[^>]*\b(?:id="theme-init"|type="speculationrules")[^>]*>/i;

/**
 * Removes the framework runtime from an exported page: every script (except the two above), every
 * script preload, and the inline page data that only client-side rendering reads. Then loads
 * `moduleSrc`, the page's own small module. Throws if the page streams content that only a script would
 * put in place, since removing the scripts would then lose it.
 */
export function replaceRuntime(html: string, moduleSrc: string): string {
  if (/<div hidden id="S:|<template\b/.test(html)) throw new Error('the page streams Suspense content that needs its runtime to show');
  if (!html.includes('</head>')) throw new Error('no </head> in the page');
  const stripped = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => (KEPT_SCRIPT.test(tag) ? tag : ''))
    .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bas="script"[^>]*\/?>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:modulepreload|preload)"[^>]*\/?>/gi, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/gi, '');
  return stripped.replace('</head>', `<script type="module" src="${escapeAttribute(moduleSrc)}"></script></head>`);
}
