import createMDX from '@next/mdx';

// Turbopack passes MDX options to a worker, so plugins must be named by string, not imported
// (https://nextjs.org/docs/app/guides/mdx#using-plugins-with-turbopack).
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm', 'remark-math'],
    rehypePlugins: [
      'rehype-slug',
      // Math is rendered once, here; the browser only gets HTML + the KaTeX stylesheet.
      ['rehype-katex', { strict: false }],
      ['@shikijs/rehype', { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false }],
    ],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
};

export default withMDX(nextConfig);
