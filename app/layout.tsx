import 'katex/dist/katex.min.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { ServiceWorkerAgent } from '@/components/offline/service-worker-agent';
import { THEME_INIT_SCRIPT } from '@/components/layout/theme-script';
import { siteUrl } from '@/lib/site';
import { ui } from '@/lib/ui-text/zh';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: `${ui.siteName} · ${ui.siteTagline}`, template: `%s · ${ui.siteName}` },
  description: ui.siteDescription,
  openGraph: { siteName: ui.siteName, locale: 'zh_CN', type: 'website' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        {/* Sets the theme class before first paint, so there is no flash of the wrong theme. */}
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-zinc-900 focus:shadow"
        >
          {ui.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="outline-none">
          {children}
        </main>
        <SiteFooter />
        <ServiceWorkerAgent />
      </body>
    </html>
  );
}
