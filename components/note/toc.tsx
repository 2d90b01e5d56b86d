'use client';

import { useEffect, useState } from 'react';
import { ui } from '@/lib/ui-text/zh';

export interface TocItem {
  id: string;
  text: string;
  depth: number;
}

/** On-page table of contents that marks the heading currently being read. */
export function Toc({ items }: { items: TocItem[] }) {
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    const els = items.map((i) => document.getElementById(i.id)).filter((e): e is HTMLElement => e !== null);
    if (!els.length) return;
    // The active heading is the last one whose top has scrolled above 30% of the viewport.
    const update = () => {
      const line = window.innerHeight * 0.3;
      let current = els[0]!.id;
      for (const el of els) if (el.getBoundingClientRect().top <= line) current = el.id;
      setActive(current);
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -70% 0px' });
    els.forEach((el) => observer.observe(el));
    update();
    window.addEventListener('hashchange', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('hashchange', update);
    };
  }, [items]);

  return (
    <nav aria-label={ui.note.toc} className="text-sm">
      <p className="mb-2 font-semibold text-zinc-900 dark:text-zinc-100">{ui.note.toc}</p>
      <ul className="space-y-1 border-l border-zinc-200 dark:border-zinc-800">
        {items.map((item) => (
          <li key={item.id} style={{ paddingLeft: `${(item.depth - 2) * 0.75 + 0.75}rem` }}>
            <a
              href={`#${item.id}`}
              aria-current={active === item.id ? 'location' : undefined}
              className="-ml-px block border-l-2 border-transparent py-0.5 pl-2 text-zinc-600 hover:text-zinc-900 aria-[current=location]:border-accent-600 aria-[current=location]:font-medium aria-[current=location]:text-accent-700 dark:text-zinc-400 dark:hover:text-white dark:aria-[current=location]:border-accent-400 dark:aria-[current=location]:text-accent-300"
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
