import { ui } from '@/lib/ui-text/zh';

export interface TocItem {
  id: string;
  text: string;
  depth: number;
}

/** On-page table of contents; components/enhance/toc.ts marks the heading being read. */
export function Toc({ items }: { items: TocItem[] }) {
  return (
    <nav aria-label={ui.note.toc} data-toc="" className="text-sm">
      <p className="mb-2 font-semibold text-zinc-900 dark:text-zinc-100">{ui.note.toc}</p>
      <ul className="space-y-1 border-l border-zinc-200 dark:border-zinc-800">
        {items.map((item) => (
          <li key={item.id} style={{ paddingLeft: `${(item.depth - 2) * 0.75 + 0.75}rem` }}>
            <a
              href={`#${item.id}`}
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
