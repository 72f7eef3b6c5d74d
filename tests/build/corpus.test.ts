// The open-data file dist/data/corpus.json: valid against its own published JSON Schema
// (dist/data/corpus.schema.json, generated from zod), and complete: every provision page the site
// has, and every pinpoint line on it, is in the file with the same text.
import { describe, it, expect } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { DIST, allPages, page } from '../support/site.ts';

const read = (f: string) => JSON.parse(readFileSync(join(DIST, 'data', f), 'utf8'));

describe('dist/data/corpus.json', () => {
  it('exists with its schema (run "npm run build" first)', () => {
    expect(existsSync(join(DIST, 'data', 'corpus.json'))).toBe(true);
    expect(existsSync(join(DIST, 'data', 'corpus.schema.json'))).toBe(true);
  });
  const corpus = read('corpus.json');
  const schema = read('corpus.schema.json');

  it('is valid against corpus.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(corpus);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects a provision without its lines, and a line part of an unknown type', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const broken = structuredClone(corpus);
    delete broken.acts[0].versions[0].provisions[0].lines;
    expect(validate(broken)).toBe(false);
    const odd = structuredClone(corpus);
    odd.acts[0].versions[0].provisions[0].lines[0].parts.push({ type: 'gloss', text: 'x' });
    expect(validate(odd)).toBe(false);
  });

  type Line = { id: string; text: string; parts: { type: string }[]; citation: string };
  type Prov = { url: string; number: string; lines: Line[]; citations: Record<string, string>; notes: { editorial: boolean }[] };
  const provisions = new Map<string, Prov>();
  for (const a of corpus.acts) for (const v of a.versions) for (const p of v.provisions) provisions.set(p.url, p);

  it('holds every provision page of the site, and every pinpoint line on it', () => {
    const pages = allPages()
      .map((f) => `/${relative(DIST, f).split(sep).join('/')}`.replace(/index\.html$/, ''))
      .filter((u) => /^\/[^/]+\/(?:[^/]+\/)?(?:s\d+[a-z]?|preamble)\/$/.test(u));
    expect(pages.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const url of pages) {
      const p = provisions.get(url);
      if (!p) { missing.push(url); continue; }
      const $ = page(url);
      const ids = $('section.provision .l[id]').map((_, e) => $(e).attr('id')).get();
      expect(p.lines.map((l) => l.id), url).toEqual(ids);
    }
    expect(missing).toEqual([]);
    expect(provisions.size).toBe(pages.length);
  });

  it('gives the three citation forms and line citations, and marks notes editorial', () => {
    const s3 = provisions.get('/ptpa-2018/s3/')!;
    expect(s3.citations).toEqual({
      long: 'section 3 of the Prevention of Trafficking in Persons Act, 2018',
      short: 's. 3 PTPA 2018',
      headnote: 'Prevention of Trafficking in Persons Act (XXXIV of 2018)---S. 3',
    });
    expect(s3.lines.find((l) => l.id === 's3-2')?.citation).toBe('s. 3(2) PTPA 2018');
    const s10 = provisions.get('/ptpa-2018/s10/')!;
    expect(s10.notes.length).toBeGreaterThan(0);
    expect(s10.notes.every((n) => n.editorial === true)).toBe(true);
    // The gap in the only copy of s. 10(1) stays a gap, marked, never text.
    expect(s10.lines.some((l) => l.parts.some((p) => p.type === 'gap') && l.text.includes('[…]'))).toBe(true);
  });

  it('each line\'s text is the words shown on the page', () => {
    const $ = page('/ppc/s371a/');
    const p = provisions.get('/ppc/s371a/')!;
    for (const l of p.lines) {
      const shown = $(`#${l.id} .txt`).clone();
      shown.find('sup.fn').remove();
      expect(shown.text().replace(/\s+/g, ' ').trim(), l.id).toBe(l.text);
    }
  });

  it('says the period each version applies', () => {
    const ptpa = corpus.acts.find((a: { id: string }) => a.id === 'ptpa-2018');
    const earlier = ptpa.versions.find((v: { current: boolean }) => !v.current);
    expect(earlier.applies.from).toMatch(/2018/);
    expect(earlier.applies.until).toBeTruthy();
  });
});
