'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

/**
 * Links inside a note body are plain <a> in static HTML; this turns a plain left click on a link to
 * another page of the site into a client-side navigation, as next/link would. Everything else
 * (new tab, modifier keys, #anchors on this page, external links) keeps the browser's behaviour.
 */
export function BodyLinks() {
  const router = useRouter();
  // Tests wait for this before clicking: the header may hydrate before the note body's segment does.
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('[data-note-body] a[href^="/"]');
      if (!(a instanceof HTMLAnchorElement) || a.target || a.hasAttribute('download')) return;
      const url = new URL(a.href);
      if (url.pathname === window.location.pathname && url.hash) return; // same page: let the browser scroll
      if (url.pathname.startsWith('/quiz/')) return; // the quiz is its own app: a full load keeps note pages free of its code
      e.preventDefault();
      router.push(url.pathname + url.search + url.hash);
    };
    document.addEventListener('click', onClick);
    marker.current?.setAttribute('data-ready', 'true');
    return () => document.removeEventListener('click', onClick);
  }, [router]);
  return <span hidden ref={marker} data-testid="body-links" />;
}
