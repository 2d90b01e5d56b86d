import Link from 'next/link';
import { ui } from '@/lib/ui-text/zh';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-6xl font-bold text-zinc-500 dark:text-zinc-400">404</p>
      <h1 className="mt-4 text-2xl font-bold">{ui.notFound.title}</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">{ui.notFound.body}</p>
      <Link href="/" className="mt-8 inline-block rounded-lg bg-accent-600 px-4 py-2 font-medium text-white hover:bg-accent-700">
        {ui.notFound.backHome}
      </Link>
    </div>
  );
}
