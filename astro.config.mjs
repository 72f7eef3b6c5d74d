import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: 'https://example.invalid',
  trailingSlash: 'always',
  // MDX (statutes and editorial prose: handouts, notes) runs through the unified processor, the
  // pipeline that takes remark plugins; GFM (tables in editorial prose) comes from remark-gfm,
  // given explicitly, with the processor's built-in GFM switch off so it is applied once.
  // Astro 7's default Markdown processor rejects remark plugins, hence MDX's own `processor`.
  // Statute text must reach the page as printed: no curly-quote or dash rewriting (smartypants off).
  integrations: [mdx({ processor: unified({ remarkPlugins: [remarkGfm], gfm: false, smartypants: false }) })],
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // Nothing inlined: the Content Security Policy (src/lib/security/csp.ts) allows scripts and styles
  // only from files, so stylesheets and processed scripts are always emitted as /_astro/ files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
