import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: 'https://example.invalid',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Statute text must reach the page as printed: no curly-quote or dash rewriting.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
