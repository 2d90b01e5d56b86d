import 'katex/dist/katex.min.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { PageEnhancer } from '@/components/enhance/page-enhancer';
import { SPECULATION_RULES, THEME_INIT_SCRIPT } from '@/components/layout/head-scripts';
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
        <script id="theme-init" dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
        {/* Notes are separate static pages: the browser prerenders one as the pointer rests on its link. */}
        <script type="speculationrules" dangerouslySetInnerHTML={{ __html: SPECULATION_RULES }} />
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
        <PageEnhancer />
      </body>
    </html>
  );
}
