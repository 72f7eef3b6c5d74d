// Build step: trains the search's learned reading of stories and questions (src/lib/search/learned.ts)
// on the tuning split of the relevance queries, and writes it to <outDir>/data/search-model.json for the
// site's search and the downloaded copy's. Each query is read by understandQuery() with the vocabulary
// the site serves (<outDir>/data/*.json, read as the browser reads it), so the model learns from what the
// search will see. Only tests/relevance/tuning.json is read: the held-out split stays unseen, and its
// score stays evidence. Usage: node scripts/search-model.ts [outDir]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { understandQuery } from '../src/lib/search/understand.ts';
import { vocabularyFrom } from '../src/lib/search/vocabulary.ts';
import { learnedExamples, trainLearned, type LabelledQuery } from '../src/lib/search/learned.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const outDir = join(root, process.argv[2] ?? 'dist');
const TRAINING = join('tests', 'relevance', 'tuning.json');

const read = (file: string) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`search model: cannot read ${file}: ${(e as Error).message}`);
  }
};
const data = (name: string) => read(join(outDir, 'data', name));
const vocabulary = vocabularyFrom(data('catalogue.json').acts, data('search-words.json'), data('glossary.json'));
const known = new Set<string>(data('catalogue.json').acts.flatMap((a: { provisions?: { url: string }[] }) => (a.provisions ?? []).map((p) => p.url)));

const queries: LabelledQuery[] = read(join(root, TRAINING)).queries;
const examples = learnedExamples(queries, (q) => understandQuery(q, vocabulary), known, TRAINING);
const model = trainLearned(examples, `Editorial search aid, not law: a naive Bayes reading of which provision a story or question asks for, trained on the ${examples.length} queries of ${TRAINING} (written before tuning, each with the provision it asks for). It only weighs the order of results.`);
const out = join(outDir, 'data', 'search-model.json');
writeFileSync(out, JSON.stringify(model));
console.log(`search model: ${examples.length} examples, ${model.classes.length} provisions, ${Object.keys(model.features).length} features -> ${out} (${Math.round(readFileSync(out).length / 1024)} KB)`);
