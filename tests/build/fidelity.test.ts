// The law's text is sacred: for every provision mapped to a source file, the text on the built
// site equals the source, line by line, footnotes and notes included, after normalising white
// space and typography. No provision may be missing or extra.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { page, provisionsOn, serialise, SOURCES, ROOT } from '../support/site.ts';
import { parseSourceFile, splitSections, isNoteLine, SUBHEADING } from '../../src/lib/source-file.ts';
import { normalise, firstDifference } from '../../src/lib/normalise.ts';

interface Version { id: string; slug?: string; current: boolean; source: { file: string } }
const acts = readdirSync(join(ROOT, 'content', 'acts')).map((f) => ({
  id: f.replace(/\.yaml$/, ''),
  ...(parse(readFileSync(join(ROOT, 'content', 'acts', f), 'utf8')) as { versions: Version[] }),
}));

const blocksOf = (file: string) => splitSections(parseSourceFile(readFileSync(join(SOURCES, file), 'utf8')).lines);

function expected(file: string, section: string) {
  const block = blocksOf(file).find((b) => b.number === section);
  if (!block) throw new Error(`source ${file} has no section ${section}`);
  const notes = block.lines.filter(isNoteLine).map((l) => l.trim());
  return {
    group: block.group,
    lines: block.lines.filter((l) => !isNoteLine(l)),
    footnotes: notes.filter((l) => l.startsWith('{')),
    notes: notes.filter((l) => l.startsWith('[')),
  };
}

function compare(where: string, want: string[], got: string[]) {
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const a = normalise(want[i] ?? '(nothing)');
    const b = normalise(got[i] ?? '(nothing)');
    const diff = firstDifference(a, b);
    if (diff) throw new Error(`${where}, line ${i + 1}: ${diff}`);
  }
}

for (const act of acts) {
  for (const version of act.versions) {
    const base = version.current ? `/${act.id}/` : `/${act.id}/${version.slug}/`;
    describe(`${act.id} ${version.id} (${version.source.file})`, () => {
      const $act = page(base);
      const onActPage = provisionsOn($act);

      it('has every section of the source on the Act page, in order, and nothing else', () => {
        const fromSource = blocksOf(version.source.file).map((b) => b.number);
        const shown = onActPage.filter((p) => p.file === version.source.file).map((p) => p.section);
        expect(shown).toEqual(fromSource);
      });

      for (const p of onActPage) {
        it(`s. ${p.number} equals ${p.file} s. ${p.section}, on the Act page and on its own page`, () => {
          const want = expected(p.file, p.section);
          const $own = page(`${base}${p.number === 'preamble' ? 'preamble' : `s${p.number.toLowerCase()}`}/`);
          const own = provisionsOn($own)[0];
          for (const [label, got] of [['Act page', p], ['provision page', own]] as const) {
            const where = `${act.id} ${version.id} s. ${p.number} (${label})`;
            compare(`${where}, text`, want.lines, got.lines);
            compare(`${where}, footnotes`, want.footnotes, got.footnotes);
            compare(`${where}, editorial notes`, want.notes, got.notes);
          }
          if (want.group) expect(p.group, `sub-heading before s. ${p.number}`).toBe(want.group);
        });
      }
    });
  }
}

describe('the corpus', () => {
  it('publishes every source file that the sources README lists, and no source that is absent', () => {
    const readme = readFileSync(join(SOURCES, 'README.md'), 'utf8');
    const listed = [...readme.matchAll(/^\| ([a-z0-9-]+\.txt) \|/gm)].map((m) => m[1]);
    const published = new Set(acts.flatMap((a) => a.versions.map((v) => v.source.file)));
    const missing = listed.filter((f) => !published.has(f));
    expect(missing, `source files with no content: ${missing.join(', ')}`).toEqual([]);
    for (const f of published) expect(existsSync(join(SOURCES, f)), `content names a missing source ${f}`).toBe(true);
  });

  it('renders every sub-heading of the Penal Code extract', () => {
    const file = 'ppc-359-377.txt';
    const subs = parseSourceFile(readFileSync(join(SOURCES, file), 'utf8')).lines.filter((l) => SUBHEADING.test(l)).map((l) => SUBHEADING.exec(l)![1]);
    const $ = page('/ppc/');
    expect($('h2[data-src="subheading"]').toArray().map((h) => $(h).text())).toEqual(subs);
  });
});

describe('CrPC Schedule II rows on the PPC pages', () => {
  const tsv = readFileSync(join(SOURCES, 'crpc-schedule-ii-359-377.tsv'), 'utf8').split('---\n')[1];
  const table = tsv.split('\n\nNOTES')[0].split('\n').filter((l) => /^(\{C\d+\}\[)?\d+[A-Z]?\t/.test(l)).map((l) => l.split('\t'));
  const notes = Object.fromEntries([...tsv.matchAll(/^\{(C\d+)\}\t(.*)$/gm)].map((m) => [m[1], m[2]]));
  const cols = ['offence', 'arrest', 'warrantOrSummons', 'bailable', 'compoundable', 'punishment', 'court'];
  const $ppc = page('/ppc/');
  const inForce = provisionsOn($ppc).map((p) => p.number);

  for (const cells of table) {
    const section = cells[0].replace(/^\{C\d+\}\[/, '');
    if (!inForce.includes(section)) continue;
    it(`PPC s. ${section}: every cell and footnote as printed`, () => {
      const $ = page(`/ppc/s${section.toLowerCase()}/`);
      cols.forEach((col, i) => {
        const got = serialise($, $(`[data-crpc-cell="${col}"]`)[0]);
        const diff = firstDifference(normalise(cells[i + 1]), normalise(got));
        if (diff) throw new Error(`CrPC row ${section}, ${col}: ${diff}`);
      });
      for (const id of cells[8].split(' ').filter(Boolean)) {
        expect(normalise($(`[data-crpc-note="${id}"] .fn-text`).text())).toBe(normalise(notes[id]));
      }
    });
  }
});
