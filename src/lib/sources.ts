// Where the verbatim sources are: ../shared/sources beside the checkout, or SOURCES_DIR.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

export const SOURCES_DIR = process.env.SOURCES_DIR ?? join(process.cwd(), '..', 'shared', 'sources');
export const readSource = (file: string) => readFileSync(join(SOURCES_DIR, file), 'utf8');
