/** Marks the table-of-contents entry of the heading being read (components/note/toc.tsx). */
export function attachTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const headings = links
    .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
    .filter((h): h is HTMLElement => h !== null);
  if (!headings.length) return;
  // The active heading is the last one whose top has scrolled above 30% of the viewport.
  const update = () => {
    const line = window.innerHeight * 0.3;
    let current = headings[0]!.id;
    for (const h of headings) if (h.getBoundingClientRect().top <= line) current = h.id;
    for (const a of links) {
      if (decodeURIComponent(a.hash.slice(1)) === current) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  // The observer reports every heading once right after observe(), which sets the first highlight
  // without forcing a layout while the page is still loading.
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
  headings.forEach((h) => observer.observe(h));
  window.addEventListener('hashchange', update);
}
