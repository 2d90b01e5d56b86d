import type { MDXComponents } from 'mdx/types';
import { noteComponents } from '@/components/mdx/note-components';

// Required by @next/mdx in the App Router: the one map from MDX names to components.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...components, ...noteComponents };
}
