/** Public origin used for absolute URLs (sitemap, Open Graph). Set SITE_URL when deploying. */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
}

export const noteHref = (slug: string, anchor?: string) => `/notes/${slug}/${anchor ? `#${anchor}` : ''}`;
export const sectionHref = (slug: string) => `/sections/${slug}/`;
export const tagHref = (tag: string) => `/tags/${tag}/`;
export const practiceHref = (slug: string) => `/practice/${slug}/`;
