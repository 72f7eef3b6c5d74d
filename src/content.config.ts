import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { actSchema, provisionSchema } from './schemas/index.ts';

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

export const collections = { acts, provisions };
