// The built site says plainly what it holds and what it does not.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { page, ROOT, SOURCES, serialise } from '../support/site.ts';
import { allPageUrls } from '../support/page-kinds.ts';

describe('coverage pages', () => {
  it('where each bonded-labour law applies: six jurisdictions, each with its basis and source named', () => {
    const $ = page('/where/');
    const rows = $('tr[data-jurisdiction]');
    expect(rows.toArray().map((r) => $(r).attr('data-jurisdiction'))).toEqual(['islamabad', 'punjab', 'sindh', 'khyber-pakhtunkhwa', 'balochistan', 'gilgit-baltistan']);
    expect($('tr[data-jurisdiction="islamabad"] a').attr('href')).toBe('/blsa-1992/');
    expect($('tr[data-jurisdiction="punjab"] a').attr('href')).toBe('/blsa-1992-punjab/');
    expect($('tr[data-jurisdiction="sindh"] a').attr('href')).toBe('/sindh-blsa-2015/');
    const basis = Object.fromEntries(rows.toArray().map((r) => [$(r).attr('data-jurisdiction'), $(r).attr('data-basis')]));
    expect(basis).toEqual({ islamabad: 'text-held', punjab: 'text-held', sindh: 'partial-text', 'khyber-pakhtunkhwa': 'press-report', balochistan: 'unverified', 'gilgit-baltistan': 'unverified' });
    expect($('tr[data-jurisdiction="sindh"]').text()).toContain('Sindh Act No. XX of 2016');
    expect($('tr[data-jurisdiction="sindh"] [data-not-held]').text()).toMatch(/offences and penalties are not in the library/);
    for (const j of ['khyber-pakhtunkhwa', 'gilgit-baltistan']) {
      expect($(`tr[data-jurisdiction="${j}"] [data-not-held]`).text(), j).toMatch(/not in the library/i);
      expect($(`tr[data-jurisdiction="${j}"] a`).length, j).toBe(0);
    }
    expect($('tr[data-jurisdiction="khyber-pakhtunkhwa"]').text()).toContain('The News, 7 April 2015');
    expect($('tr[data-jurisdiction="balochistan"]').text()).toMatch(/not confirmed/);
    // A source file is named by its title (the Act and the print), the file name only after it, in small print.
    for (const li of $('[data-source-file]').toArray().filter((e) => $(e).attr('data-source-file'))) {
      const file = $(li).attr('data-source-file')!;
      const title = $(li).find('cite[data-source-title]').text();
      expect(title.length, file).toBeGreaterThan(20);
      expect(title, file).not.toContain('.txt');
      expect($(li).text().indexOf(title), file).toBeLessThan($(li).text().indexOf(file));
      expect($(li).find('small code').text(), file).toBe(file);
    }
    // The Penal Code claim is no stronger than the text: no extent section is held.
    expect($('main').text()).not.toMatch(/Penal Code[^.]*apply throughout Pakistan/);
    expect($('main').text()).toContain('contains no extent section');
  });

  it('the 18th Amendment, wherever the site mentions it, is the federal print’s source note, attributed so and quoted from it', () => {
    // The header of bonded-labour-1992.txt: "Territorial note (not from the text): after the 18th Amendment (2010)
    // labour is a provincial subject". The Act's text says nothing of it.
    const header = readFileSync(join(SOURCES, 'bonded-labour-1992.txt'), 'utf8').split(/^---$/m)[0];
    expect(header).toContain('Territorial note (not from the text): after the 18th Amendment (2010) labour is a provincial subject');
    const text = readFileSync(join(SOURCES, 'bonded-labour-1992.txt'), 'utf8').split(/^---$/m)[1];
    expect(text).not.toMatch(/Amendment \(2010\)|18th|Eighteenth/);
    let seen = 0;
    for (const url of allPageUrls()) {
      const said = page(url)('main').text().replace(/\s+/g, ' ').replace(/[‘’]/g, "'");
      for (const m of said.matchAll(/18th Amendment|Eighteenth Amendment/g)) {
        seen++;
        const before = said.slice(Math.max(0, m.index! - 80), m.index!);
        expect(before, `${url}: …${before}${m[0]}`).toMatch(/the source's note, not the Act's text, says that [“"]after the $/i);
        const quote = /^([^”"]+)[”"]/.exec(said.slice(m.index!))![1];
        expect(header, `${url}: “after the ${quote}”`).toContain(`after the ${quote}`);
      }
    }
    // /where/ and the federal Act's details say it (so the check above is not vacuous).
    expect(page('/where/')('main').text()).toContain('18th Amendment');
    expect(page('/blsa-1992/')('main').text()).toContain('18th Amendment');
    expect(seen).toBeGreaterThanOrEqual(2);
  });

  it('a jurisdiction row marked verified has a source file behind it, and one of its Acts is read from that file', () => {
    const rows = parse(readFileSync(join(ROOT, 'content', 'jurisdictions.yaml'), 'utf8')) as { id: string; basis: string; sources: { file?: string }[]; acts: string[] }[];
    const $ = page('/where/');
    for (const r of rows) {
      if (!['text-held', 'partial-text'].includes(r.basis)) continue;
      const files = r.sources.map((s) => s.file).filter((f): f is string => Boolean(f));
      expect(files.length, `${r.id}: marked ${r.basis} with no source file`).toBeGreaterThan(0);
      for (const f of files) expect(existsSync(join(SOURCES, f)), `${r.id}: ${f} is not in the sources`).toBe(true);
      const actFiles = r.acts.flatMap((a) => (parse(readFileSync(join(ROOT, 'content', 'acts', `${a}.yaml`), 'utf8')) as { versions: { source: { file: string } }[] }).versions.map((v) => v.source.file));
      expect(files.some((f) => actFiles.includes(f)), `${r.id}: no Act of the row is read from ${files.join(', ')}`).toBe(true);
      expect($(`tr[data-jurisdiction="${r.id}"] [data-source-file]`).toArray().map((e) => $(e).attr('data-source-file'))).toEqual(expect.arrayContaining(files));
    }
  });

  it('every page of the Sindh Act says, above the text, that it holds two sections only, from an unverified copy, and not the offences', () => {
    for (const url of ['/sindh-blsa-2015/', '/sindh-blsa-2015/preamble/', '/sindh-blsa-2015/s1/', '/sindh-blsa-2015/s2/']) {
      const $ = page(url);
      const notice = $('[data-partial-notice]');
      expect(notice.length, url).toBe(1);
      expect(notice.text(), url).toMatch(/first two sections of the Act only/);
      expect(notice.text(), url).toMatch(/unverified/);
      expect(notice.text(), url).toMatch(/offences and penalties included, is not in the library/);
      // Above the text: the notice comes before the first statute line in document order.
      const html = $('main').html()!;
      expect(html.indexOf('data-partial-notice'), url).toBeLessThan(html.indexOf('class="l '));
      // The version notice never calls a partial, unverified copy "the current text" unqualified.
      const version = $('[data-version-notice]').text();
      expect(version, url).not.toMatch(/This is the current text/);
      expect(version, url).toMatch(/partial, unverified copy/);
    }
  });

  it('a current provision of an Act with changes not yet in its text says so above the text, linking to the list', () => {
    // The Punjab text lacks the 2018 amendment (content/acts/blsa-1992-punjab.yaml `outstanding`): its pages must not
    // read as complete. Every Act with outstanding points, on a current provision page.
    for (const file of readdirSync(join(ROOT, 'content', 'acts')).filter((f) => f.endsWith('.yaml'))) {
      const act = parse(readFileSync(join(ROOT, 'content', 'acts', file), 'utf8'));
      if (!act.outstanding?.length) continue;
      const id = file.replace(/\.yaml$/, '');
      const $act = page(`/${id}/`);
      const first = $act('main a[href]').toArray().map((a) => $act(a).attr('href')!.replace(/#.*$/, '')).find((h) => new RegExp(`^/${id}/s[0-9a-z]+/$`).test(h));
      expect(first, id).toBeTruthy();
      const $ = page(first!);
      const link = $('[data-version-notice="current"] [data-outstanding-link]');
      expect(link.text(), first).toBe(`Not yet in this text, or not yet confirmed (${act.outstanding.length})`);
      expect($('#outstanding').length, first).toBe(1);
      const html = $('main').html()!;
      expect(html.indexOf('data-outstanding-link'), first).toBeLessThan(html.indexOf('class="l '));
    }
  });

  it('every page of every Act that shows its text says, above the text, where it applies and names the source', () => {
    const rows = parse(readFileSync(join(ROOT, 'content', 'jurisdictions.yaml'), 'utf8')) as { id: string; acts: string[]; earlier?: { acts: string[]; basis: string } }[];
    const urls = allPageUrls();
    const files = readdirSync(join(ROOT, 'content', 'acts')).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBe(6);
    const $where = page('/where/');
    const whereTitle = $where('h1').text().trim();
    expect($where('title').text()).toContain(whereTitle);
    // What the link to /where/ says of the other Acts is on that page.
    for (const a of ['/ptpa-2018/s1/#s1-2', '/psma-2018/s1/#s1-2']) expect($where(`main a[href="${a}"]`).length, a).toBe(1);
    expect($where('main').text()).toContain('The Penal Code extract held (ss. 359–377B) contains no extent section');
    for (const file of files) {
      const id = file.replace(/\.yaml$/, '');
      const act = parse(readFileSync(join(ROOT, 'content', 'acts', file), 'utf8')) as { subject: string; where: { text: string; source: string; pin?: string }; versions: { source: { file: string } }[] };
      expect(act.where?.text, id).toBeTruthy();
      // A source line keeps its source's hedge: a copy its header marks secondary and unchecked is named so, as the header names it.
      for (const v of act.versions) {
        const header = readFileSync(join(SOURCES, v.source.file), 'utf8').split(/^---$/m)[0];
        if (!/^trust: SECONDARY COPY, NOT YET CHECKED/m.test(header)) continue;
        expect(act.where.source, id).toContain('an unverified secondary copy');
        if (/of what reads as the /.test(header)) expect(act.where.source, id).toContain('what reads as the ');
        const pages = /only the text layer of page (\d+) of the (\d+)/.exec(header);
        if (pages) expect(act.where.source, id).toContain(`page ${pages[1]} of ${pages[2]} only`);
      }
      const offered = [...rows.filter((r) => r.acts.includes(id)), ...rows.filter((r) => r.earlier?.acts.includes(id))].map((r) => r.id);
      // An Act page, an earlier version's Act page, every provision page, every comparison.
      const pages = urls.filter((u) => u.startsWith(`/${id}/`) && !u.endsWith('/changes/'));
      expect(pages.length, id).toBeGreaterThan(2);
      for (const url of pages) {
        const $ = page(url);
        const block = $('main [data-where-applies]');
        expect(block.length, url).toBe(1);
        const said = block.text().replace(/\s+/g, ' ');
        // The link to /where/ is named as that page is titled (it covers the bonded-labour laws, and the other Acts' extent in its introduction).
        const link = block.find('a[data-where-link]');
        expect(link.attr('href'), url).toBe('/where/');
        expect(link.text().startsWith(whereTitle), `${url}: ${link.text()}`).toBe(true);
        if (act.subject !== 'bonded-labour') expect(link.text(), url).toContain('the other Acts say of their own extent');
        expect(said, url).toContain(`Where it applies: ${act.where.text}`);
        expect(block.find('[data-where-source]').text().replace(/\s+/g, ' '), url).toBe(`Source: ${act.where.source}.`);
        const html = $('main').html()!;
        const text = ['class="l ', 'data-diff'].map((m) => html.indexOf(m)).filter((i) => i >= 0);
        expect(text.length, `${url}: no statute text found`).toBeGreaterThan(0);
        expect(html.indexOf('data-where-applies'), url).toBeLessThan(Math.min(...text));
        // A bonded-labour text lists the places the library offers it for, now or before a provincial Act.
        expect(block.find('[data-where-place]').toArray().map((e) => $(e).attr('data-where-place')), url).toEqual(act.subject === 'bonded-labour' ? offered : []);
        // Before a provincial Act, the basis is the row's own `earlier.basis` (the text's own extent), never what the provincial Act's row rests on.
        const now = rows.filter((r) => r.acts.includes(id)), before = rows.filter((r) => r.earlier?.acts.includes(id));
        for (const r of before) {
          const li = block.find(`[data-where-place="${r.id}"][data-where-when="before"]`);
          expect(li.find('[data-where-basis]').text().replace(/\s+/g, ' '), `${url} ${r.id}`).toBe(`Basis: ${r.earlier!.basis.replace(/\s+/g, ' ')}`);
          expect(li.text(), `${url} ${r.id}`).not.toMatch(/Basis: (partial text \(unverified copy\)|press reports only|unverified|text held)\./i);
        }
        // The summary counts the places where the text is offered now apart from those only for facts before their own Acts.
        if (now.length + before.length) {
          const summary = block.find('[data-where-summary]').text();
          const n = (k: number) => (k === 1 ? 'one' : String(k));
          if (now.length) expect(summary, url).toMatch(new RegExp(`^The library offers this text for ${n(now.length)} places?${before.length ? ' now,' : '$'}`));
          if (before.length) expect(summary, url).toMatch(new RegExp(`\\b${n(before.length)}${now.length ? ' more' : ' places?,'} for facts before (its|their) own Acts?$`));
          if (id === 'blsa-1992') expect(summary, url).toBe('The library offers this text for 2 places now, and 2 more for facts before their own Acts');
        }
      }
      // Words quoted from the Act are its words, in the line named, in every version held.
      const quotes = [...act.where.text.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
      if (quotes.length) expect(act.where.pin, `${id}: quotes the Act with no pin`).toBeTruthy();
      for (const url of pages.filter((u) => /\/s1\/$/.test(u))) {
        const $ = page(url);
        const line = $(`#${act.where.pin} > .txt`);
        expect(line.length, `${url}#${act.where.pin}`).toBe(1);
        const words = serialise($, line[0]).replace(/\{[A-Z]\d+\}/g, '').replace(/\s+/g, ' ');
        for (const q of quotes) expect(words, `${url}: “${q}”`).toContain(q);
      }
    }
  });

  it('every Penal Code section page says in its version block what its footnotes support about its wording', () => {
    const urls = allPageUrls().filter((u) => /^\/ppc\/s\d+[a-z]?\/$/.test(u));
    expect(urls.length).toBe(32);
    for (const url of urls) {
      const $ = page(url);
      const said = $('[data-version-notice] [data-section-wording]').text();
      const html = $('main').html()!;
      expect(html.indexOf('data-section-wording'), url).toBeLessThan(html.indexOf('class="l '));
      const notes = $('section.provision li[data-src="footnote"]').toArray().map((li) => ({ n: $(li).find('.fn-num').text(), text: $(li).find('.fn-text').text() }));
      const flagged = $('section.provision').hasClass('status-in-force');
      if (!flagged) {
        // A repealed or omitted section: the whole claim, checked against the stub's text and footnotes on the page.
        const stub = $('section.provision .statute .txt').text().replace(/\s+/g, ' ');
        const m = /^This section is (repealed|omitted): (.+?) says? by what(?:, and gives “([^”]+)”|; (its text|footnote \d+) gives “([^”]+)”)?\.$/.exec(said);
        expect(m, `${url}: ${said}`).toBeTruthy();
        expect($('section.provision').hasClass(`status-${m![1]}`), url).toBe(true);
        const from = (who: string) => (who === 'its text' ? stub : notes.find((x) => x.n === who.replace(/^footnote /, ''))?.text ?? '');
        const sources = m![2].replace(/^footnotes (\d+(?:, \d+)*) and (\d+)$/, (_, a, b) => [...a.split(', '), b].map((n: string) => `footnote ${n}`).join(' and ')).split(' and ');
        for (const who of sources) {
          expect(who, url).toMatch(/^(its text|footnote \d+)$/);
          expect(from(who), `${url}: ${who} says by what`).toMatch(/\b(Rep\.|Repealed|Omitted)(?=[\s.,])/i);
        }
        const wef = m![3] ?? m![5];
        if (wef) expect(from(m![3] ? sources[0] : m![4]), `${url}: “${wef}”`).toContain(`(${wef})`);
        // Every "w.e.f." the stub or its footnotes print is quoted; no claim that the consolidation gives no date.
        for (const w of [stub, ...notes.map((x) => x.text)].join(' ').matchAll(/\((w\.e\.f\b[^)]*)\)/g)) expect(said, url).toContain(`“${w[1]}”`);
        expect(said, url).not.toMatch(/no commencement|gives no (other )?date/);
        continue;
      }
      if (!notes.length) { expect(said, url).toBe('Wording of this section: the consolidation records no amendment of it (it has no amendment footnote) and gives no commencement date.'); continue; }
      const m = /the latest amending instrument its footnotes name is (.+) \(footnotes? ([\d, and]+?)(?:, whose “ibid\.” is the Act named in footnote (\d+))?\)\. /.exec(said);
      expect(m, `${url}: ${said}`).toBeTruthy();
      // The footnotes named are on the page, and name the instrument (or "ibid.", read through the footnote it points to).
      for (const n of m![2].split(/, | and /)) {
        const note = notes.find((x) => x.n === n);
        expect(note, `${url}: footnote ${n}`).toBeTruthy();
        if (!m![3]) expect(m![1].split(' and ').some((name) => note!.text.includes(name.replace(/ \(\d{4}\)$/, ''))), `${url}: ${m![1]} / ${note!.text}`).toBe(true);
      }
      expect(said, url).toMatch(/\b(1[89]|20)\d\d\b/);
      expect(said, url).toMatch(/the consolidation gives no (other )?date from which this wording applies/i);
    }
    // Other Acts' versions carry their own dates: no such sentence there. The sentence follows the
    // version's own flag (content/acts/*.yaml `sectionWording`), not a guess from a missing date.
    expect(page('/ptpa-2018/s3/')('[data-section-wording]').length).toBe(0);
    const flagged = readdirSync(join(ROOT, 'content', 'acts')).filter((f) => f.endsWith('.yaml')).flatMap((f) => {
      const act = parse(readFileSync(join(ROOT, 'content', 'acts', f), 'utf8')) as { versions: { current: boolean; slug?: string; sectionWording?: boolean }[] };
      return act.versions.filter((v) => v.sectionWording).map((v) => `/${f.replace(/\.yaml$/, '')}/${v.current ? '' : `${v.slug}/`}`);
    });
    expect(flagged).toEqual(['/ppc/']);
    for (const url of allPageUrls().filter((u) => /\/s\d+[a-z]?\/$/.test(u))) {
      const base = url.replace(/s\d+[a-z]?\/$/, '');
      expect(page(url)('[data-section-wording]').length, url).toBe(flagged.includes(base) ? 1 : 0);
    }
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
    expect($('[data-missing-act="sindh-blsa-2015"]').length).toBe(0);
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

describe('citations in the tables', () => {
  it('every offence table cites a lettered Penal Code section as the section pages do ("s. 365-B", never "s. 365B")', () => {
    const cells = ['/penalties/', '/offences/'].flatMap((url) => { const $ = page(url); return $('td[data-label="Provision"]').toArray().map((td) => [url, $(td).text().trim()]); });
    const ppc = cells.filter(([, t]) => /PPC/.test(t));
    expect(ppc.length).toBeGreaterThan(20);
    expect(ppc.filter(([, t]) => /^s\. 365-B PPC$/.test(t)).length).toBeGreaterThan(0);
    expect(cells.filter(([, t]) => /s\. \d+[A-Z]\b/.test(t))).toEqual([]);
    // An offence's own page heads with the same form, and so do its related-provision links and a section page's box.
    expect(page('/offences/ppc-365b-2025/')('h1 small').text()).toMatch(/^s\. 365-B,/);
    for (const url of ['/offences/ppc-368-2025/', '/ppc/s368/']) expect(page(url)('main').text(), url).not.toMatch(/s\. 3\d\d[A-Z] PPC/);
  });
});
