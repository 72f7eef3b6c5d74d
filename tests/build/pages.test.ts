// The built site says plainly what it holds and what it does not.
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { page, ROOT } from '../support/site.ts';

describe('coverage pages', () => {
  it('where each bonded-labour law applies: six jurisdictions, linked where held, plain where not', () => {
    const $ = page('/where/');
    const rows = $('tr[data-jurisdiction]');
    expect(rows.toArray().map((r) => $(r).attr('data-jurisdiction'))).toEqual(['islamabad', 'punjab', 'sindh', 'khyber-pakhtunkhwa', 'balochistan', 'gilgit-baltistan']);
    expect($('tr[data-jurisdiction="islamabad"] a').attr('href')).toBe('/blsa-1992/');
    expect($('tr[data-jurisdiction="punjab"] a').attr('href')).toBe('/blsa-1992-punjab/');
    for (const j of ['sindh', 'khyber-pakhtunkhwa', 'balochistan', 'gilgit-baltistan']) {
      expect($(`tr[data-jurisdiction="${j}"] [data-not-held]`).text(), j).toMatch(/not yet in the library/i);
      expect($(`tr[data-jurisdiction="${j}"] a`).length, j).toBe(0);
    }
    expect($('tr[data-jurisdiction="sindh"]').text()).toContain('Sindh Act No. XX of 2016');
    expect($('tr[data-jurisdiction="balochistan"]').text()).toContain('unverified');
  });

  it('status of the law: every notice names its date', () => {
    const $ = page('/status/');
    const notices = $('[data-notice]');
    expect(notices.length).toBeGreaterThanOrEqual(6);
    notices.each((_, n) => expect($(n).find('time').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/));
    const text = $('main').text();
    for (const phrase of ['14 February 2025', '17 February 2025', 'not yet confirmed', 'Sessions Courts', 'Prevention and Control of Human Trafficking Ordinance, 2002', '369A', 'Rules, 2020', 'Rules, 1995', '374(1)']) {
      expect(text, phrase).toContain(phrase);
    }
  });

  it('the Punjab text says it stops at the 2012 amendment and names the 2018 amendment as not held', () => {
    const text = page('/blsa-1992-punjab/')('main').text();
    expect(text).toContain('consolidated to the 2012 amendment');
    expect(text).toMatch(/Punjab Bonded Labour System \(Abolition\) \(Amendment\) Act, 2018[^.]*is not yet in the library/);
    expect(text).toContain('bonded and forced labour');
  });

  it('PTPA pages say the amending Act’s dates are not confirmed; the home page lists texts not yet held', () => {
    expect(page('/ptpa-2018/')('main').text()).toMatch(/dates of assent, Gazette publication and commencement are not yet confirmed/);
    const $ = page('/');
    expect($('[data-missing-act="sindh-blsa-2015"]').text()).toContain('Text not yet in the library');
    expect($('[data-missing-act="kp-blsa-2015"]').length).toBe(1);
  });

  it('PPC s. 369A is shown as omitted and points to PTPA s. 16(3)', () => {
    const $ = page('/ppc/s369a/');
    expect($('.status-flag').text()).toContain('Omitted');
    expect($('a[href="/ptpa-2018/s16/#s16-3"]').length).toBeGreaterThan(0);
    expect($('#s369a-fn-F13').text()).toContain('Omitted by Act XXXIV of 2018');
  });

  it('every provision of every text has its own page', () => {
    const provisions = join(ROOT, 'content', 'provisions');
    for (const act of readdirSync(provisions)) {
      for (const version of readdirSync(join(provisions, act))) {
        for (const f of readdirSync(join(provisions, act, version))) {
          const name = f.replace('.mdx', '');
          const urls = [`/${act}/${name}/`, `/${act}/as-enacted/${name}/`];
          const found = urls.filter((u) => { try { page(u); return true; } catch { return false; } });
          expect(found.length, `${act}/${version}/${name}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
