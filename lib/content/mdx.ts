import type { MDXContent } from 'mdx/types';

/** The compiled MDX body of a note; the bundler compiles every file under content/notes. */
export async function loadNoteBody(slug: string): Promise<MDXContent> {
  const mod = (await import(`@/content/notes/${slug}.mdx`)) as { default: MDXContent };
  return mod.default;
}
