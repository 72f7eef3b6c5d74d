// A Penal Code section inserted by a later Act did not exist before it: for earlier conduct the
// finder must say so plainly, not offer it with an "earlier wording" warning. Read from the real
// provision files, so the footnotes and bracket positions are the source's.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { insertionOn, earlierWordingWarning } from '../../src/lib/versions/amendments.ts';
import { markFootnotes, enclosedLines } from '../../src/lib/versions/enclosed-lines.ts';
import { recordFootnotes } from '../../src/lib/finder/footnotes.ts';
import { loadOffences } from '../../src/lib/offences.ts';

const DIR = join(import.meta.dirname, '..', '..', 'content', 'provisions', 'ppc');
const version = readdirSync(DIR)[0];
/** A section's footnotes as the site reads them (library.ts sectionFootnotes). */
function footnotes(n: string) {
  const raw = readFileSync(join(DIR, version, `s${n.toLowerCase()}.mdx`), 'utf8');
  const [, fm, body] = raw.split(/^---$/m);
  const data = parse(fm) as { footnotes: { id: string; text: string }[] };
  return markFootnotes(data.footnotes, body);
}

describe('sections inserted after the date of the offence', () => {
  it('s. 377A and s. 377B (Ins. by Act X of 2016) are not in force for 2014 conduct, said plainly', () => {
    for (const n of ['377A', '377B']) {
      const r = insertionOn(`s. ${n}`, footnotes(n), '2014-01-01');
      expect(r?.state, n).toBe('not-in-force');
      expect(r?.text, n).toMatch(/not in force on 2014-01-01: it was inserted by Act X of 2016/);
    }
  });
  it('within the inserting Act’s year the footnote gives no date: uncertain, and said so', () => {
    expect(insertionOn('s. 377A', footnotes('377A'), '2016-03-01')?.state).toBe('uncertain');
    expect(insertionOn('s. 377A', footnotes('377A'), '2016-03-01')?.text).toMatch(/not confirmed/);
    expect(insertionOn('s. 377A', footnotes('377A'), '2017-01-01')).toBeNull();
  });
  it('an inserted section is not given the "earlier wording" warning; a substitution still is', () => {
    expect(earlierWordingWarning('s. 377A', footnotes('377A'), '2014-01-01')).toBeNull();
    // s. 377B's own sentence was substituted in 2018 ("Subs. by Act XXVII of 2018"): earlier wording applies.
    expect(earlierWordingWarning('s. 377B', footnotes('377B'), '2017-01-01')).toMatch(/Act XXVII of 2018/);
  });
  it('a section inserted with a two-digit year ("Act VI of 06") is uncertain only where the century matters', () => {
    expect(insertionOn('s. 371B', footnotes('371B'), '2014-01-01')).toBeNull();
    expect(insertionOn('s. 371B', footnotes('371B'), '2005-01-01')?.state).toBe('uncertain');
  });
  it('a section with words inserted inside it is not treated as inserted whole', () => {
    for (const n of readdirSync(join(DIR, version)).map((f) => f.replace(/^s|\.mdx$/g, '').toUpperCase())) {
      const fs = footnotes(n);
      if (!fs.some((f) => f.opens)) expect(insertionOn(`s. ${n}`, fs, '1900-01-01'), n).toBeNull();
    }
    expect(insertionOn('s. 376', footnotes('376'), '2014-01-01')).toBeNull();
  });
});

describe('sub-sections inserted after the date of the offence (fault: s. 376(1A) was offered for 2014 conduct as if in force)', () => {
  it('the lines wholly inside an amendment’s bracket are found, across lines, and lines with inserted words are not', () => {
    const body = readFileSync(join(DIR, version, 's376.mdx'), 'utf8');
    expect(enclosedLines(body).map((l) => `${l.cite} ${l.footnotes.join(',')}`)).toEqual(['(1A) F22', '(3) F22', '(4) F22']);
    // s. 376(1) only has words inserted ("{F21}[or for imprisonment for the remainder …]").
    expect(enclosedLines(body).some((l) => l.id === 's376-1')).toBe(false);
    const made = '<L id="x-1" cite="(1)">one <Fn f="A" />\\[two\\]</L>\n<L id="x-2" cite="(2)"><Fn f="B" />\\[(2) three</L>\n<L id="x-3" cite="(3)">(3) four\\]</L>';
    expect(enclosedLines(made).map((l) => l.id)).toEqual(['x-2', 'x-3']);
  });

  const offences = loadOffences(join(import.meta.dirname, '..', '..', 'content')).filter((o) => o.act === 'ppc');
  const lookup = async (_a: string, _v: string, n: string) => { try { return footnotes(n); } catch { return []; } };
  const inserted = async (id: string, date: string) => {
    const o = offences.find((x) => x.id === id)!;
    const list = await recordFootnotes(o, lookup);
    const all = list.map((f) => insertionOn(f.section, f.footnotes, date)).filter((x) => x !== null);
    return all.find((x) => x.state === 'not-in-force') ?? all[0] ?? null;
  };

  it('every record read from a line inserted whole by a later Act is not in force the year before that Act', async () => {
    let checked = 0;
    for (const o of offences) {
      const line = footnotes(o.provision).flatMap((f) => (f.opens ? [] : f.encloses.filter((l) => l.id === o.pinpoint).map(() => f)))
        .find((f) => /\bins\.|\binserted\b|\badded\b/i.test(f.text));
      if (!line) continue;
      const year = Number(/of (\d{4})/.exec(line.text)?.[1] ?? /\((\d+) of (\d{4})\)/.exec(line.text)?.[2]);
      const r = await inserted(o.id, `${year - 1}-06-01`);
      expect(r?.state, o.id).toBe('not-in-force');
      expect(r?.text, o.id).toMatch(new RegExp(`^s\\. ${o.provision}\\(`));
      checked++;
    }
    // s. 374(2), s. 376(1A), (3) and (4) at least.
    expect(checked).toBeGreaterThanOrEqual(4);
  });

  it('s. 376(1A), (3) and (4): not in force in 2014, not confirmed in 2016, in force in 2017; s. 376(1) is never "inserted"', async () => {
    for (const id of ['ppc-376-1a-2025', 'ppc-376-3-2025', 'ppc-376-4-2025']) {
      expect((await inserted(id, '2014-01-01'))?.text, id).toMatch(/^s\. 376\((1A|3|4)\) was not in force on 2014-01-01: it was inserted by Act XLIV of 2016/);
      expect((await inserted(id, '2016-05-01'))?.state, id).toBe('uncertain');
      expect(await inserted(id, '2017-01-01'), id).toBeNull();
    }
    expect(await inserted('ppc-376-1-2025', '2014-01-01')).toBeNull();
  });
});
