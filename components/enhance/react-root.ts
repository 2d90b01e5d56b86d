import { createElement, type ComponentType } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

/**
 * Starts one island: adopts the server markup inside `el` (`hydrate`) or draws into it (`render`).
 * Imported on demand, so React loads only with the first widget that needs it.
 */
export function startIsland(el: HTMLElement, Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>, mode: 'hydrate' | 'render', identifierPrefix: string): void {
  // A server render that does not match would be replaced, visibly: say so, so tests catch it.
  const onRecoverableError = (error: unknown) => console.error(`island ${el.dataset.widget ?? ''} did not hydrate cleanly:`, error);
  if (mode === 'hydrate') hydrateRoot(el, createElement(Component, props), { identifierPrefix, onRecoverableError });
  else createRoot(el, { identifierPrefix }).render(createElement(Component, props));
}
