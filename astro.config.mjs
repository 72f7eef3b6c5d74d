import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

export default defineConfig({
  site: 'https://example.invalid',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Statute text must reach the page as printed: no curly-quote or dash rewriting.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // Nothing inlined: the Content Security Policy (src/lib/security/csp.ts) allows scripts and styles
  // only from files, so stylesheets and processed scripts are always emitted as /_astro/ files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
