import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { actSchema, provisionSchema, missingSchema, jurisdictionSchema, noticeSchema } from './schemas/index.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { lexiconEntrySchema } from './schemas/lexicon.ts';
import { parse as parseYaml } from 'yaml';
import { changesSchema, handoutSchema, offenceComparisonSchema } from './schemas/editorial.ts';

// Statutes live in content/ at the top of the tree, outside src/, so editors find them first.
const acts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/acts' }),
  schema: actSchema(z as never),
});

const provisions = defineCollection({
  // ids: "<act>/<version>/<slug>", e.g. "ptpa-2018/2025-04-23/s3"
  loader: glob({ pattern: '**/*.mdx', base: './content/provisions' }),
  schema: provisionSchema(z as never, reference('acts')),
});

const missing = defineCollection({ loader: file('./content/missing.yaml'), schema: missingSchema(z as never) });
const jurisdictions = defineCollection({ loader: file('./content/jurisdictions.yaml'), schema: jurisdictionSchema(z as never) });
const notices = defineCollection({ loader: file('./content/notices.yaml'), schema: noticeSchema(z as never) });

// The search vocabulary: one term per file (editorial; see content/glossary/README.md).
const glossary = defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/glossary' }), schema: glossaryTermSchema(z as never) });

// The search's word lexicon: a list; an entry's id is its place in the list ("12"), so an error
// names content/lexicon.yaml and the entry.
const lexicon = defineCollection({
  loader: file('./content/lexicon.yaml', {
    parser: (text) => {
      const list = parseYaml(text) ?? [];
      if (!Array.isArray(list)) throw new Error('content/lexicon.yaml: expected a list of entries (- english: [...])');
      return list.map((e, i) => ({ id: String(i + 1), ...e }));
    },
  }),
  schema: lexiconEntrySchema(z as never),
});

// Editorial content of the comparison pages and training handouts (issue 12).
const changes = defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/changes' }), schema: changesSchema(z as never) });
const handouts = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/handouts' }), schema: handoutSchema(z as never) });

const comparisons = defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/compare' }), schema: offenceComparisonSchema(z as never) });

export const collections = { acts, provisions, missing, jurisdictions, notices, glossary, lexicon, changes, handouts, comparisons };
