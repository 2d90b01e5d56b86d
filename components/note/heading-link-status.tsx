/** Where "链接已复制" appears when a heading's "#" link is used (components/enhance/heading-links.ts). */
export function HeadingLinkStatus() {
  return <div role="status" aria-live="polite" data-link-status="" className="no-print pointer-events-none fixed bottom-4 left-1/2 z-50 -translate-x-1/2" />;
}
