// Notes are not compiled by the bundler: lib/content renders them to HTML at build time (one pipeline,
// lib/content/markdown.ts), and the note page places that HTML with its widgets as React islands.

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
