// Editorial statements say no more than the sources support. Each statement issue 8 found too
// strong is checked on the built page, by the words that replaced it and the words that must not
// return.
import { describe, it, expect } from 'vitest';
import { page, allPages } from '../support/site.ts';
import { readFileSync } from 'node:fs';

const text = (url: string) => page(url)('main').text().replace(/\s+/g, ' ');

describe('editorial statements no stronger than the sources', () => {
  it('/status/: the 2025 notice says what the texts show (PSMA s. 3 lost its minimum; PTPA s. 3(2) its minimum; fines cumulative; PTPA s. 4 no maximum)', () => {
    const t = text('/status/');
    expect(t).not.toMatch(/ss\. 3, 4, 5 and 6 penalties raised/);
    expect(t).toContain('the three-year minimum is gone');
    expect(t).toContain('the two-year minimum is gone and the fine is no longer an alternative');
    expect(t).toContain('fine and imprisonment now both imposed, not alternatives');
    expect(t).toContain('no maximum is stated');
  });

  it('the PTPA 2025 court entry keeps "and it constitutes part of the transaction constituting the offence"', () => {
    for (const url of ['/offences/ptpa-2018-3-1-2025/', '/status/']) expect(text(url), url).toContain('and it constitutes part of the transaction constituting the offence');
  });

  it('preamble compare pages do not say the 2025 preamble is "the same": the 2025 copy lacks it', () => {
    for (const act of ['ptpa-2018', 'psma-2018']) {
      const $ = page(`/${act}/preamble/compare/`);
      expect($('main').text(), act).not.toContain('are the same in both versions');
      expect($('[data-borrowed]').text(), act).toContain('Not known whether this changed');
    }
  });

  it('/ppc/s369a/ does not quote a text and then call it not held', () => {
    const t = text('/ppc/s369a/');
    expect(t).not.toContain('the text of s. 369A as it stood is not in this library');
    expect(t).toContain('shown only as their note, not as statute text');
  });

  it('commencement in 2018 is said to be inferred from assent', () => {
    expect(text('/ptpa-2018/as-enacted/')).toMatch(/30 May 2018 \(inferred, not printed/);
    expect(text('/psma-2018/as-enacted/s3/')).toMatch(/18 May 2018 \(inferred, not printed/);
  });

  it('no "1 years" anywhere; no "Life includes death" without a Life column', () => {
    for (const file of allPages()) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\b1 years\b/);
    const $ = page('/penalties/');
    expect($('main').text()).not.toMatch(/“Life” includes death/);
    expect($('#penalty-table thead th').toArray().map((th) => $(th).text())).toContain('Death or life');
  });

  it('CrPC s. 376A: reading its "Ditto" as row 376 is marked as an editorial assumption', () => {
    const $ = page('/ppc/s376a/');
    expect($('[data-ditto-caution]').text()).toContain('inserted in 2016');
    expect($('[data-ditto-caution]').text()).toContain('substituted later, in 2021');
    expect($('.crpc .editorial').first().text()).not.toMatch(/ditto of row 376/i);
  });

  it('the Penal Code is not said to "apply throughout Pakistan"', () => {
    for (const url of ['/where/', '/ppc/', '/']) expect(text(url), url).not.toMatch(/Penal Code[^.]*(apply|applies) throughout Pakistan|Applies throughout Pakistan/);
  });
});
