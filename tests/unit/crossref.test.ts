// Cross-references found in the real texts, and how linkifyHtml wraps them without changing a
// character of the statute text.
import { describe, it, expect } from 'vitest';
import * as cheerio from 'cheerio';
import { findReferences, linkifyHtml, abbreviationsFrom, hrefOf, type Reference } from '../../src/lib/crossref.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { line, refContext, linkContext, termsOf, renderedHtml, provisions, ACTS } from '../support/corpus.ts';
import { serialise, ROOT } from '../support/site.ts';

const PTPA = ['ptpa-2018', '2025-04-23'] as const;
const PTPA_1 = ['ptpa-2018', '2018-06-02'] as const;
const PSMA = ['psma-2018', '2025-04-21'] as const;
const PPC = ['ppc', '2025-11-30'] as const;
const BLSA = ['blsa-1992', '1992-03-17'] as const;

/** The references in a real line: [text, target] pairs. */
function refsIn(act: string, version: string, id: string) {
  const { number, line: l } = line(act, version, id);
  return findReferences(l.text, refContext(act, version, number, id)).map((r) => [r.text, r.target] as const);
}

describe('findReferences on the texts', () => {
  it('PTPA s. 5(1): "section 3 or section 4" in the Act itself; "Chapter V of the Penal Code" outside', () => {
    expect(refsIn(...PTPA, 's5-1')).toEqual([
      ['section 3', { act: 'ptpa-2018', number: '3' }],
      ['section 4', { act: 'ptpa-2018', number: '4' }],
      ['Chapter V of the Penal Code', { outside: 'Pakistan Penal Code, 1860, Chapter V' }],
    ]);
    expect(refsIn(...PTPA, 's5-2').at(-1)).toEqual(['Chapter V-A of the Penal Code', { outside: 'Pakistan Penal Code, 1860, Chapter V-A' }]);
  });

  it('PTPA s. 13: "section 545 of the Code" is the Code of Criminal Procedure, outside the library', () => {
    expect(refsIn(...PTPA, 's13-text-1')).toEqual([
      ['section 545 of the Code', { outside: 'Code of Criminal Procedure, 1898, s. 545' }],
    ]);
  });

  it('reads "the Code" and "the Penal Code" from the Act\'s own s. 2', () => {
    expect(abbreviationsFrom(termsOf(...PTPA))).toEqual({ Code: 'crpc', 'Penal Code': 'ppc' });
    expect(abbreviationsFrom(termsOf(...PSMA))).toEqual({ Code: 'crpc', 'Penal Code': 'ppc' });
    expect(abbreviationsFrom(termsOf(...BLSA))).toEqual({});
    // Without the definitions, "the Code" is not known to be the CrPC.
    const { line: l } = line(...PTPA, 's13-text-1');
    const bare = findReferences(l.text, { ...refContext(...PTPA, '13'), abbreviations: {} });
    expect(bare[0].target).not.toEqual({ outside: 'Code of Criminal Procedure, 1898, s. 545' });
  });

  it('PSMA s. 2(e): "section 52-A of the Penal Code" is outside the library\'s PPC extract', () => {
    expect(refsIn(...PSMA, 's2-e')).toEqual([
      ['section 52-A of the Penal Code', { outside: 'Pakistan Penal Code, 1860, s. 52-A' }],
    ]);
  });

  it('PTPA s. 16(3): "In the Penal Code, section 369-A shall be omitted" points to PPC s. 369A', () => {
    expect(refsIn(...PTPA, 's16-3')).toEqual([['section 369-A', { act: 'ppc', number: '369A' }]]);
    expect(refsIn(...PTPA_1, 's16-3')).toEqual([['section 369-A', { act: 'ppc', number: '369A' }]]);
  });

  it('PPC s. 376(1A): sub-sections of s. 376 and s. 377 inside; ss. 333, 335, 337… outside', () => {
    const refs = refsIn(...PPC, 's376-1a');
    expect(refs.slice(0, 4)).toEqual([
      ['sub-section (1)', { act: 'ppc', number: '376', pin: 's376-1' }],
      ['sub-section (2)', { act: 'ppc', number: '376', pin: 's376-2' }],
      ['section 377', { act: 'ppc', number: '377' }],
      ['section 377B', { act: 'ppc', number: '377B' }],
    ]);
    expect(refs.slice(4)).toEqual([
      ['section 333, section 335', { outside: 'Pakistan Penal Code, 1860, s. 333, s. 335' }],
      ['clauses (iv), (v) and (vi) of sub-section (3) of section 337', { outside: 'Pakistan Penal Code, 1860, s. 337(3)(iv), s. 337(3)(v), s. 337(3)(vi)' }],
      ['section 337C', { outside: 'Pakistan Penal Code, 1860, s. 337C' }],
      ['clauses (v) and (vi) of section 337F', { outside: 'Pakistan Penal Code, 1860, s. 337F(v), s. 337F(vi)' }],
    ]);
  });

  it('PPC s. 376A(1): "sections 354A, 376, 376A, 377 and 377B", each linked, 354A outside', () => {
    expect(refsIn(...PPC, 's376a-1')).toEqual([
      ['sections 354A', { outside: 'Pakistan Penal Code, 1860, s. 354A' }],
      ['376', { act: 'ppc', number: '376' }],
      ['376A', { act: 'ppc', number: '376A' }],
      ['377', { act: 'ppc', number: '377' }],
      ['377B', { act: 'ppc', number: '377B' }],
    ]);
  });

  it('lists: "sections 3, 4 and 5" (PTPA s. 10(2)), "section 3,4,5 or 6" (PSMA s. 7(1))', () => {
    expect(refsIn(...PTPA, 's10-2').slice(0, 3)).toEqual([
      ['sections 3', { act: 'ptpa-2018', number: '3' }],
      ['4', { act: 'ptpa-2018', number: '4' }],
      ['5', { act: 'ptpa-2018', number: '5' }],
    ]);
    expect(refsIn(...PSMA, 's7-1').map(([t]) => t)).toEqual(['section 3', '4', '5', '6', 'Chapter V of the Penal Code']);
    expect(refsIn(...PSMA, 's6-text-1').map(([t]) => t)).toEqual(['sections 3', '4', '5']);
  });

  it('sub-sections of the same section, with pinpoints (BLSA s. 6(7), PTPA s. 3(2))', () => {
    expect(refsIn(...BLSA, 's6-7')).toEqual([
      ['sub-section (4)', { act: 'blsa-1992', number: '6', pin: 's6-4' }],
      ['sub-section (5)', { act: 'blsa-1992', number: '6', pin: 's6-5' }],
      ['sub-section (6)', { act: 'blsa-1992', number: '6', pin: 's6-6' }],
    ]);
    expect(refsIn(...PTPA, 's3-2')).toEqual([['sub-section (1)', { act: 'ptpa-2018', number: '3', pin: 's3-1' }]]);
    expect(refsIn(...BLSA, 's10-1')).toEqual([['section 9', { act: 'blsa-1992', number: '9' }]]);
  });

  it('Articles of the Constitution and of the Geneva Conventions, and other Acts, are outside', () => {
    expect(refsIn(...BLSA, 'preamble-1')).toEqual([
      ['clause (2) of Article 11 of the Constitution of the Islamic Republic of Pakistan', { outside: 'Constitution of the Islamic Republic of Pakistan, Art. 11(2)' }],
    ]);
    expect(refsIn(...PPC, 's374-expl')).toEqual([
      ['Article 4 of the Geneva Convention Relative to the Treatment of Prisoners of War of August 12, 1949', { outside: 'Geneva Convention Relative to the Treatment of Prisoners of War of August 12, 1949, Art. 4' }],
      ['Article 4 of the Geneva Convention Relative to the Protection of Civilian Persons in Time of War of August 12, 1949', { outside: 'Geneva Convention Relative to the Protection of Civilian Persons in Time of War of August 12, 1949, Art. 4' }],
    ]);
    expect(refsIn(...PSMA, 's2-i-i')).toEqual([['clause (a) of the Foreigner’s Act, 1946', { outside: 'Foreigner’s Act, 1946, clause (a)' }]]);
    expect(refsIn(...PSMA, 's2-i-ii')).toEqual([['Pakistan Citizenship Act, 1951', { outside: 'Pakistan Citizenship Act, 1951' }]]);
    expect(refsIn(...PTPA, 's16-1')).toEqual([['Prevention and Control of Human Trafficking Ordinance, 2002', { outside: 'Prevention and Control of Human Trafficking Ordinance, 2002' }]]);
    expect(refsIn(...PPC, 's366-text-1')).toEqual([['Offence of Zina (Enforcement of Hudood) Ordinance, 1979', { outside: 'Offence of Zina (Enforcement of Hudood) Ordinance, 1979' }]]);
  });

  it('an Act of the library named by title links to it; an Act naming itself does not', () => {
    expect(refsIn(...PTPA, 's2-d')).toEqual([['Pakistan Penal Code, 1860', { act: 'ppc' }]]);
    expect(refsIn(...BLSA, 's14-expl')).toEqual([['Pakistan Penal Code', { act: 'ppc' }]]);
    expect(refsIn(...PTPA, 's1-1')).toEqual([]);
    expect(refsIn(...BLSA, 's1-1')).toEqual([]);
    expect(refsIn('blsa-1992-punjab', '2012-02-11', 's1-1')).toEqual([]);
  });

  it('does not take "this section", "that sub-section" or "this Act" for references', () => {
    expect(refsIn(...PPC, 's364-illus-a')).toEqual([]);
    expect(refsIn(...BLSA, 's8-3').map(([t]) => t)).toEqual(['sub-section (2)', 'sub-section (1)']);
  });

  it('resolves "sub-section (2) of section 3", clauses, and bare clauses from the line they are in', () => {
    const ctx = refContext(...PTPA, '5', 's5-1');
    const got = (text: string, c = ctx) => findReferences(text, c).map((r) => [r.text, r.target]);
    expect(got('under sub-section (2) of section 3 of this Act')).toEqual([['sub-section (2) of section 3 of this Act', { act: 'ptpa-2018', number: '3', pin: 's3-2' }]]);
    expect(got('clause (a) of sub-section (3) of section 3')).toEqual([['clause (a) of sub-section (3) of section 3', { act: 'ptpa-2018', number: '3', pin: 's3-3-a' }]]);
    expect(got('section 3(3)(c)')).toEqual([['section 3(3)(c)', { act: 'ptpa-2018', number: '3', pin: 's3-3-c' }]]);
    // No clause (a) directly under s. 3: the section, without a pinpoint.
    expect(got('clause (a) of section 3')).toEqual([['clause (a) of section 3', { act: 'ptpa-2018', number: '3' }]]);
    // A bare "clause (a)" in s. 3(3)(b) is its sibling s. 3(3)(a).
    expect(got('as in clause (a)', refContext(...PTPA, '3', 's3-3-b'))).toEqual([['clause (a)', { act: 'ptpa-2018', number: '3', pin: 's3-3-a' }]]);
    expect(got('section 99')).toEqual([['section 99', { outside: 'Prevention of Trafficking in Persons Act, 2018, s. 99' }]]);
    expect(got('sections 3 and 4 of the Penal Code')).toEqual([['sections 3 and 4 of the Penal Code', { outside: 'Pakistan Penal Code, 1860, s. 3, s. 4' }]]);
  });

  it('links to the version being read for its own Act, to the current version of others', () => {
    const ctx = { act: 'ptpa-2018', versionSlug: 'as-enacted' };
    expect(hrefOf({ act: 'ptpa-2018', number: '3', pin: 's3-1' }, ctx)).toBe('/ptpa-2018/as-enacted/s3/#s3-1');
    expect(hrefOf({ act: 'ppc', number: '369A' }, ctx)).toBe('/ppc/s369a/');
    expect(hrefOf({ act: 'ppc' }, ctx)).toBe('/ppc/');
  });
});

describe('linkifyHtml', () => {
  const textOf = (html: string) => {
    const $ = cheerio.load(html, null, false);
    return $('.l > .txt').toArray().map((t) => serialise($, t));
  };
  const render = (act: string, version: string, number: string) => {
    const html = renderedHtml(act, version, number);
    const outside: Reference[] = [];
    const out = linkifyHtml(html, { ...linkContext(act, version, number), onOutside: (r) => outside.push(r) });
    return { html, out, $: cheerio.load(out, null, false), outside };
  };

  it('changes no character of the statute text (every provision of every Act version)', () => {
    let lines = 0;
    for (const act of ACTS) {
      for (const version of readdirSync(join(ROOT, 'content', 'provisions', act))) {
        for (const p of provisions(act, version)) {
          const { html, out } = render(act, version, p.number);
          const want = textOf(html);
          lines += want.length;
          expect(textOf(out), `${act} ${version} s. ${p.number}`).toEqual(want);
        }
      }
    }
    expect(lines).toBeGreaterThan(400);
  });

  it('wraps references: in-library ones as links, outside ones as spans with a title', () => {
    const { $, outside } = render(...PTPA, '5');
    expect($('#s5-1 a.xref').toArray().map((a) => [$(a).text(), $(a).attr('href')])).toEqual([
      ['section 3', '/ptpa-2018/s3/'],
      ['section 4', '/ptpa-2018/s4/'],
    ]);
    const out = $('#s5-1 .xref-out');
    expect(out.text()).toBe('Chapter V of the Penal Code');
    expect(out.attr('title')).toBe('Outside this library: Pakistan Penal Code, 1860, Chapter V');
    expect(outside.map((r) => r.text)).toEqual(['Chapter V of the Penal Code', 'Chapter V-A of the Penal Code']);

    const s13 = render(...PTPA, '13').$;
    expect(s13('.xref-out').attr('title')).toBe('Outside this library: Code of Criminal Procedure, 1898, s. 545');
    expect(render(...PTPA, '16').$('#s16-3 a.xref').attr('href')).toBe('/ppc/s369a/');
    expect(render(...PTPA_1, '3').$('#s3-2 a.xref').attr('href')).toBe('/ptpa-2018/as-enacted/s3/#s3-1');
  });

  it('never wraps inside a footnote marker, and keeps it where it was', () => {
    // A reference the marker interrupts is wrapped on either side of it, the marker left as it was.
    const html = '<div class="l" id="s5-1"><div class="txt"><p>under section <sup class="fn" data-fn="F1"><a href="#s5-fn-F1">1</a></sup>3 or section 4</p></div></div>';
    const out = linkifyHtml(html, linkContext(...PTPA, '5'));
    const $ = cheerio.load(out, null, false);
    expect($('sup.fn').html()).toBe('<a href="#s5-fn-F1">1</a>');
    expect($('sup.fn').parent().is('p')).toBe(true);
    expect($('a.xref').toArray().map((a) => [$(a).text(), $(a).attr('href')])).toEqual([
      ['section ', '/ptpa-2018/s3/'], ['3', '/ptpa-2018/s3/'], ['section 4', '/ptpa-2018/s4/'],
    ]);
    expect(textOf(out)).toEqual(textOf(html));
  });

  it('leaves existing links, editorial notes and gaps alone', () => {
    const html = '<div class="l" id="s5-1"><div class="txt"><p><a href="/x/">section 3</a> <span class="ed" role="note">[section 4]</span> and section 4</p></div></div>';
    const $ = cheerio.load(linkifyHtml(html, linkContext(...PTPA, '5')), null, false);
    expect($('a[href="/x/"]').children().length).toBe(0);
    expect($('.ed').children().length).toBe(0);
    expect($('a.xref').toArray().map((a) => $(a).text())).toEqual(['section 4']);
  });

  it('links a defined term at its first use in a provision, with the definition in an attribute', () => {
    const { $ } = render(...PTPA, '3');
    const child = $('a.term[data-term="child"]');
    expect(child.length).toBe(1);
    expect(child.text()).toBe('child');
    expect(child.attr('href')).toBe('/ptpa-2018/s2/#s2-a');
    expect(child.attr('data-def')).toBe('“child” means a person under eighteen years of age;');
    expect(child.attr('data-def-at')).toBe('s. 2(a)');
    // s. 3(3)(a) defines "coercion" "in this section": linked in s. 3(1), not in its own definition.
    expect($('a.term[data-term="coercion"]').closest('.l').attr('id')).toBe('s3-1');
    expect($('#s3-3-a a.term[data-term="coercion"]').length).toBe(0);
  });

  it('applies a term only where the text says it applies', () => {
    // "coercion" is defined for s. 3 only; s. 7 uses the word without the definition.
    expect(render(...PTPA, '7').$('a.term[data-term="coercion"]').length).toBe(0);
    expect(render(...PTPA, '7').$('a.term[data-term="child"]').length).toBe(1);
    // "organized criminal group": s. 4's Explanation in PTPA; PSMA's own s. 2(g) in PSMA.
    expect(render(...PTPA, '4').$('#s4-b a.term').attr('href')).toBe('/ptpa-2018/s4/#s4-expl');
    expect(render(...PSMA, '6').$('a.term[data-term="organized criminal group"]').attr('href')).toBe('/psma-2018/s2/#s2-g');
    // The as-enacted PTPA links to its own s. 2.
    expect(render(...PTPA_1, '7').$('a.term[data-term="child"]').attr('href')).toBe('/ptpa-2018/as-enacted/s2/#s2-a');
  });

  it('does not link a term in a heading, in its own definition, or inside a reference', () => {
    const s13 = render(...PTPA, '13').$;
    expect(s13('.hd a').length).toBe(0);
    expect(s13('a.term[data-term="Code"]').length).toBe(0); // "the Code" is part of "section 545 of the Code"
    expect(s13('a.term[data-term="victim"]').length).toBe(1);
    const s2 = render(...PTPA, '2').$;
    expect(s2('#s2-g a.term[data-term="victim"]').length).toBe(0);
    expect(s2('#s2-b a.term').length).toBe(0);
    // "Migrants" in the PSMA's own short title; "Government" in "the Government of a Province".
    expect(render(...PSMA, '1').$('a.term').length).toBe(0);
    expect(s2('#s2-f a.term').length).toBe(0);
    const s9 = render(...PTPA, '9').$;
    expect(s9('a.term[data-term="Code"]').attr('href')).toBe('/ptpa-2018/s2/#s2-b');
  });
});
