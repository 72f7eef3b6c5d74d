// Checks the editorial content of the comparison pages and handouts against the statute text,
// before the build: each change summary belongs to a section whose words differ, every such
// section has one, and each phrase it quotes is in the text; a handout's prose holds no statute
// text (statute lines are rendered from content/provisions, never copied into editorial MDX).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { parse } from 'yaml';
import { changesSchema, handoutSchema } from '../../schemas/editorial.ts';
import { statuteLines } from './lines.ts';
import { alignLines } from './align.ts';

export interface Problem { file: string; field: string; message: string }

const bodyOf = (text: string) => {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n?/g, '\n'));
  return m ? { data: parse(m[1]) as unknown, body: m[2] } : null;
};

/** The plain text of every section of one version of an Act, keyed by section number. */
export function sectionTexts(contentDir: string, act: string, version: string): Map<string, string> {
  const dir = join(contentDir, 'provisions', act, version);
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
    const parsed = bodyOf(readFileSync(join(dir, name), 'utf8'));
    if (!parsed) continue;
    const number = String((parsed.data as { number?: unknown }).number ?? name.replace(/^s|\.mdx$/g, ''));
    out.set(number, parsed.body);
  }
  return out;
}

/** Text for comparing a quoted phrase: amendment brackets dropped, spaces collapsed, straight apostrophes. */
export const phraseKey = (s: string) => s.replace(/[[\]]/g, '').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/**
 * Problems in content/changes/*.yaml. In: the content directory. Out: one Problem per fault,
 * naming the file and field (empty when all is well).
 */
export function checkChanges(contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const dir = join(contentDir, 'changes');
  if (!existsSync(dir)) return problems;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const file = relative(join(contentDir, '..'), join(dir, name));
    const r = changesSchema(z).safeParse(parse(readFileSync(join(dir, name), 'utf8')));
    if (!r.success) { for (const i of r.error.issues) problems.push({ file, field: i.path.join('.') || '(root)', message: i.message }); continue; }
    const c = r.data;
    const earlier = sectionTexts(contentDir, c.act, c.earlier);
    const later = sectionTexts(contentDir, c.act, c.later);
    if (!earlier.size) { problems.push({ file, field: 'earlier', message: `no provisions for ${c.act} version ${c.earlier}` }); continue; }
    if (!later.size) { problems.push({ file, field: 'later', message: `no provisions for ${c.act} version ${c.later}` }); continue; }
    const differing = new Set<string>();
    for (const n of new Set([...earlier.keys(), ...later.keys()])) {
      const rows = alignLines(statuteLines(earlier.get(n) ?? ''), statuteLines(later.get(n) ?? ''));
      if (rows.some((row) => !row.same)) differing.add(n);
    }
    const summarised = new Set(c.sections.map((s) => s.section));
    for (const n of differing) if (!summarised.has(n)) problems.push({ file, field: 'sections', message: `section ${n} differs between ${c.earlier} and ${c.later} but has no summary` });
    c.sections.forEach((s, i) => {
      if (!differing.has(s.section)) problems.push({ file, field: `sections.${i}.section`, message: `section ${s.section} has the same words in both versions: nothing to summarise` });
      const texts = [earlier.get(s.section), later.get(s.section)].map((b) => phraseKey(statuteLines(b ?? '').map((l) => l.text).join(' ')));
      for (const m of s.summary.matchAll(/“([^”]+)”/g)) {
        if (!texts.some((t) => t.includes(phraseKey(m[1])))) problems.push({ file, field: `sections.${i}.summary`, message: `quotes “${m[1]}”, which is not in section ${s.section} of either version` });
      }
    });
  }
  return problems;
}

/** Every run of `n` words of the statute text held (all Acts, all versions), lower-cased. */
export function statuteShingles(contentDir: string, n = 10): Set<string> {
  const out = new Set<string>();
  const root = join(contentDir, 'provisions');
  if (!existsSync(root)) return out;
  for (const act of readdirSync(root)) for (const version of readdirSync(join(root, act))) {
    for (const body of sectionTexts(contentDir, act, version).values()) {
      for (const line of statuteLines(body)) for (const s of shingles(line.text, n)) out.add(s);
    }
  }
  return out;
}

/** Runs of `n` words of a text, lower-cased, punctuation dropped. */
export function shingles(text: string, n = 10): string[] {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/**
 * Problems in content/handouts/*.mdx: frontmatter against handoutSchema, offence Acts and
 * provisions that exist, and no run of ten or more words of statute text in the editorial body.
 */
export function checkHandouts(contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const dir = join(contentDir, 'handouts');
  if (!existsSync(dir)) return problems;
  const statute = statuteShingles(contentDir);
  const acts = new Set(readdirSync(join(contentDir, 'provisions')));
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort()) {
    const file = relative(join(contentDir, '..'), join(dir, name));
    const parsed = bodyOf(readFileSync(join(dir, name), 'utf8'));
    if (!parsed) { problems.push({ file, field: '(frontmatter)', message: 'no frontmatter block between "---" lines' }); continue; }
    const r = handoutSchema(z).safeParse(parsed.data);
    if (!r.success) { for (const i of r.error.issues) problems.push({ file, field: i.path.join('.') || '(root)', message: i.message }); continue; }
    r.data.offences.acts.forEach((a, i) => { if (!acts.has(a)) problems.push({ file, field: `offences.acts.${i}`, message: `unknown Act id "${a}"` }); });
    r.data.provisions.forEach((p, i) => {
      if (!acts.has(p.act)) { problems.push({ file, field: `provisions.${i}.act`, message: `unknown Act id "${p.act}"` }); return; }
      const versions = readdirSync(join(contentDir, 'provisions', p.act)).sort();
      const current = sectionTexts(contentDir, p.act, versions[versions.length - 1]);
      const all = new Set(versions.flatMap((v) => [...sectionTexts(contentDir, p.act, v).keys()]));
      p.sections.forEach((s, j) => { if (!all.has(s) && !current.has(s)) problems.push({ file, field: `provisions.${i}.sections.${j}`, message: `${p.act} has no section ${s}` }); });
    });
    const prose = parsed.body.replace(/^import .*$/gm, '');
    const hit = shingles(prose).find((s) => statute.has(s));
    if (hit) problems.push({ file, field: '(body)', message: `holds statute text ("${hit} …"): render statute lines from content/provisions, not in editorial prose` });
  }
  return problems;
}
