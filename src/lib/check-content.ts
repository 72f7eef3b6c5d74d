// Checks everything in content/ before the site is built, and names the file and field of each
// fault: a frontmatter error, an unknown Act id or version, a duplicate section number or
// pinpoint id, a footnote marker with no note, a missing source file. Astro's own zod check runs
// again at build time; this one adds the checks across files that a schema cannot make.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { parse } from 'yaml';
import { actSchema, provisionSchema, missingSchema, jurisdictionSchema, noticeSchema, ID, VERIFIED_BASES, type JurisdictionData } from '../schemas/index.ts';
import { sectionSlug } from './urls.ts';
import { loadOffences } from './offences.ts';
import { figureProblems } from './offence-figures.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { nfcProblems } from './content/nfc.ts';

export interface Problem { file: string; field: string; message: string }

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((i) => ({ file, field: i.path.join('.') || '(root)', message: i.message }));
}


export function checkContent(contentDir: string, sourcesDir: string): Problem[] {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(join(contentDir, '..'), p);
  const acts = new Map<string, z.infer<ReturnType<typeof actSchema>>>();

  for (const file of walk(join(contentDir, 'acts'), '.yaml')) {
    const id = file.split('/').pop()!.replace(/\.yaml$/, '');
    let data: unknown;
    try { data = parse(readFileSync(file, 'utf8')); }
    catch (e) { problems.push({ file: rel(file), field: '(yaml)', message: (e as Error).message.split('\n')[0] }); continue; }
    const r = actSchema(z).safeParse(data);
    if (!r.success) { problems.push(...zodProblems(rel(file), r.error)); continue; }
    if (!ID.test(id)) problems.push({ file: rel(file), field: '(file name)', message: `Act id "${id}" must be lower-case words joined by hyphens` });
    const current = r.data.versions.filter((v) => v.current);
    if (current.length !== 1) problems.push({ file: rel(file), field: 'versions', message: `exactly one version must be current (found ${current.length})` });
    r.data.versions.forEach((v, i) => {
      if (!v.current && !v.slug) problems.push({ file: rel(file), field: `versions.${i}.slug`, message: 'an earlier version needs a slug for its URL' });
      if (!existsSync(join(sourcesDir, v.source.file))) problems.push({ file: rel(file), field: `versions.${i}.source.file`, message: `source file "${v.source.file}" not found in ${sourcesDir}` });
    });
    acts.set(id, r.data);
  }

  // The lists beside the Acts: each a YAML array of records with unique ids.
  const lists = { 'missing.yaml': missingSchema(z), 'jurisdictions.yaml': jurisdictionSchema(z), 'notices.yaml': noticeSchema(z) };
  for (const [name, schema] of Object.entries(lists)) {
    const file = join(contentDir, name);
    if (!existsSync(file)) continue;
    let data: unknown;
    try { data = parse(readFileSync(file, 'utf8')); }
    catch (e) { problems.push({ file: rel(file), field: '(yaml)', message: (e as Error).message.split('\n')[0] }); continue; }
    if (!Array.isArray(data)) { problems.push({ file: rel(file), field: '(root)', message: 'must be a list' }); continue; }
    const ids = new Set<string>();
    data.forEach((item, i) => {
      const r = schema.safeParse(item);
      if (!r.success) problems.push(...zodProblems(rel(file), r.error).map((p) => ({ ...p, field: `${i}.${p.field}` })));
      else if (ids.has(r.data.id)) problems.push({ file: rel(file), field: `${i}.id`, message: `duplicate id "${r.data.id}"` });
      else ids.add(r.data.id);
    });
  }

  problems.push(...jurisdictionProblems(contentDir, sourcesDir, acts, rel));

  const sections = new Map<string, string>(); // act/version/number -> file
  for (const file of walk(join(contentDir, 'provisions'), '.mdx')) {
    const f = rel(file);
    let parsed: { data: unknown; body: string };
    try { parsed = splitFrontmatter(readFileSync(file, 'utf8')); }
    catch (e) { problems.push({ file: f, field: '(frontmatter)', message: (e as Error).message.split('\n')[0] }); continue; }
    const r = provisionSchema(z, z.string()).safeParse(parsed.data);
    if (!r.success) { problems.push(...zodProblems(f, r.error)); continue; }
    const d = r.data;
    const act = acts.get(d.act);
    if (!act) { problems.push({ file: f, field: 'act', message: `unknown Act id "${d.act}" (known: ${[...acts.keys()].join(', ')})` }); continue; }
    if (!act.versions.some((v) => v.id === d.version)) problems.push({ file: f, field: 'version', message: `Act "${d.act}" has no version "${d.version}"` });
    const [, actDir, versionDir, name] = /provisions\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/.exec(file) ?? [];
    if (actDir !== d.act || versionDir !== d.version) problems.push({ file: f, field: 'act/version', message: `file must sit in content/provisions/${d.act}/${d.version}/` });
    if (name !== sectionSlug(d.number)) problems.push({ file: f, field: 'number', message: `file name must be ${sectionSlug(d.number)}.mdx for number "${d.number}"` });
    const key = `${d.act}/${d.version}/${d.number}`;
    if (sections.has(key)) problems.push({ file: f, field: 'number', message: `duplicate section number ${d.number} in ${d.act} (${d.version}); also in ${sections.get(key)}` });
    else sections.set(key, f);
    if (!existsSync(join(sourcesDir, d.source.file))) problems.push({ file: f, field: 'source.file', message: `source file "${d.source.file}" not found in ${sourcesDir}` });

    const ids = [...parsed.body.matchAll(/<L id="([^"]+)"/g)].map((m) => m[1]);
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push({ file: f, field: `pinpoint ${id}`, message: `duplicate pinpoint id "${id}"` });
      seen.add(id);
    }
    const defined = new Set(d.footnotes.map((x) => x.id));
    for (const m of parsed.body.matchAll(/<Fn f="([^"]+)"/g)) {
      if (!defined.has(m[1])) problems.push({ file: f, field: `footnotes`, message: `marker ${m[1]} has no footnote in the frontmatter` });
    }
  }
  // The search glossary: valid, and every provision it leads to is in the current text of its Act.
  for (const file of walk(join(contentDir, 'glossary'), '.yaml')) {
    const f = rel(file);
    let data: unknown;
    try { data = parse(readFileSync(file, 'utf8')); }
    catch (e) { problems.push({ file: f, field: '(yaml)', message: (e as Error).message.split('\n')[0] }); continue; }
    const r = glossaryTermSchema(z).safeParse(data);
    if (!r.success) { problems.push(...zodProblems(f, r.error)); continue; }
    r.data.provisions.forEach((ref, i) => {
      const [actId, number] = ref.split('/');
      const act = acts.get(actId);
      const current = act?.versions.find((v) => v.current);
      if (!act || !current) problems.push({ file: f, field: `provisions.${i}`, message: `unknown Act id "${actId}" in "${ref}" (known: ${[...acts.keys()].join(', ')})` });
      else if (!sections.has(`${actId}/${current.id}/${number}`)) problems.push({ file: f, field: `provisions.${i}`, message: `"${ref}": the current text of ${act.abbreviation} has no section ${number}` });
    });
  }
  // Published text in NFC: every content file, named by file and field.
  for (const file of [...walk(contentDir, '.mdx'), ...walk(contentDir, '.yaml'), ...walk(contentDir, '.md')].sort()) {
    for (const p of nfcProblems(file, readFileSync(file, 'utf8'))) problems.push({ file: rel(file), field: p.field, message: `not in Unicode NFC: ${p.message}` });
  }
  // Offence records: valid, pointing at real provisions, every figure found in the text.
  if (existsSync(join(contentDir, 'offences')) && problems.length === 0) {
    try {
      for (const o of loadOffences(contentDir)) {
        for (const m of figureProblems(o, contentDir)) problems.push({ file: o.file, field: 'figures', message: m });
      }
    } catch (e) {
      problems.push({ file: rel(join(contentDir, 'offences')), field: '(records)', message: (e as Error).message });
    }
  }
  return problems;
}

/**
 * Jurisdiction rows against the sources and the Acts: a row marked verified ("text-held",
 * "partial-text") must name a source file that exists, and one of its Acts must be read from it;
 * every Act a row offers must exist.
 */
function jurisdictionProblems(contentDir: string, sourcesDir: string, acts: Map<string, z.infer<ReturnType<typeof actSchema>>>, rel: (p: string) => string): Problem[] {
  const file = join(contentDir, 'jurisdictions.yaml');
  if (!existsSync(file)) return [];
  let data: unknown;
  try { data = parse(readFileSync(file, 'utf8')); } catch { return []; }
  if (!Array.isArray(data)) return [];
  const out: Problem[] = [];
  data.forEach((raw, i) => {
    const r = jurisdictionSchema(z).safeParse(raw);
    if (!r.success) return; // reported by the list check
    const j: JurisdictionData = r.data;
    j.sources.forEach((s, k) => {
      if (s.file && !existsSync(join(sourcesDir, s.file))) out.push({ file: rel(file), field: `${i}.sources.${k}.file`, message: `source file "${s.file}" not found in ${sourcesDir}` });
    });
    j.acts.forEach((a, k) => { if (!acts.has(a)) out.push({ file: rel(file), field: `${i}.acts.${k}`, message: `unknown Act id "${a}"` }); });
    if (VERIFIED_BASES.includes(j.basis)) {
      const files = new Set(j.sources.map((s) => s.file).filter(Boolean));
      const readFrom = j.acts.flatMap((a) => acts.get(a)?.versions.map((v) => v.source.file) ?? []);
      if (!readFrom.some((f) => files.has(f))) out.push({ file: rel(file), field: `${i}.basis`, message: `"${j.id}" is marked "${j.basis}" but none of its Acts is read from its source files (${[...files].join(', ') || 'none'})` });
    }
  });
  return out;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n');
}
