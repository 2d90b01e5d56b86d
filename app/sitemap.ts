import type { MetadataRoute } from 'next';
import { getAllNotes, getSections, getTags } from '@/lib/content';
import { getAllProblems } from '@/lib/content/practice';
import { noteHref, practiceHref, sectionHref, siteUrl, tagHref } from '@/lib/site';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const paths = ['/', '/tags/', '/quiz/', '/progress/', ...getSections().map((s) => sectionHref(s.slug)), ...getTags().map((t) => tagHref(t.tag)), ...getAllNotes().map((n) => noteHref(n.slug)), '/practice/', ...getAllProblems().map((p) => practiceHref(p.slug))];
  return paths.map((p) => ({ url: `${base}${p}` }));
}
