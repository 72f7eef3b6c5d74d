// Rendering of search answers, shared by the search page and the header's results over the page:
// the citation answer and one result. Everything the reader typed goes in as text (textContent),
// never as HTML.
import { placeNoteParts, type PlaceLaw } from '../lib/search/places.ts';
import { parseCitations, actsOnly, practiceForm, type ParsedCitation } from '../lib/citation-parse.ts';
import { excerpt, pinpointHits, termsStart, contentWordList, sameWord, type Segment } from '../lib/search-results.ts';
import { listedUnder, listedDownTheList } from '../lib/listed-under.ts';
import { dataOf, pages, catalogue, resultForUrl, EXCERPT_WORDS, type Ranked, type CatalogueFileAct } from './search-engine.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) if (c != null) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function segments(segs: Segment[]) {
  const f = document.createDocumentFragment();
  for (const s of segs) f.append(s.mark ? el('mark', {}, s.text) : document.createTextNode(s.text));
  return f;
}

const pathOf = (url: string) => url.replace(/[?#].*$/, '');

/** Links carry the searched words (?highlight=…) so the page they open marks them. */
export function withMarks(url: string, words: string[]) {
  if (!words.length) return url;
  const [path, hash] = url.split('#');
  return `${path}?${words.map((w) => `highlight=${encodeURIComponent(w)}`).join('&')}${hash ? `#${hash}` : ''}`;
}

/**
 * The citation answer: a "Go to" link per citation (to the pinpoint's line when it exists), what
 * is not in the library, or which Acts hold a bare number. Returns the list and how many links
 * it offers; null when the query cites nothing and names no Act alone.
 */
/** An earlier text asked for with a citation: "as enacted", "original text", "before the 2025 amendment". */
const VERSION_ASKED = /\bas\s+(?:originally\s+)?enacted\b|\boriginal(?:ly)?\s+(?:text|version|act|wording)\b|\bunamended\b|\bbefore\s+(?:the\s+)?(?:\d{4}\s+)?amendments?\b|\benacted\s+(?:text|version)\b/i;

export async function citationAnswer(q: string, cits: ParsedCitation[] | null, opts: { earlier?: boolean; filterAct?: CatalogueFileAct } = {}) {
  const acts = await catalogue();
  if (!cits) {
    // A query that only names an Act ("PTPA", "Bonded Labour Act") is answered with the Act.
    const named = actsOnly(q, acts);
    if (!named) return null;
    const list = el('ul');
    for (const id of named) {
      const act = acts.find((a) => a.act === id)!;
      const url = act.url ?? `/${act.act}/`;
      list.append(el('li', { 'data-result-url': url, 'data-citation': 'act' }, el('a', { class: 'go', href: url }, `Go to ${((t) => (/^the /i.test(t) ? t : `the ${t}`))(act.fullTitle ?? act.shortTitle)}`), ` (${act.abbreviation}): its sections, versions and status`));
    }
    return { list, links: named.length };
  }
  const byId = new Map(acts.map((a) => [a.act, a]));
  const list = el('ul');
  let links = 0;
  for (let c of cits) {
    // The Act filter settles a number several Acts hold.
    if (!c.act && !c.outside && opts.filterAct && c.candidates?.includes(opts.filterAct.act)) {
      c = parseCitations(`s. ${c.section}${c.pinpoint ?? ''} ${opts.filterAct.abbreviation}`, acts)?.[0] ?? c;
    }
    const li = el('li', { 'data-citation': c.outside ? 'outside' : c.act ? (c.exists ? 'found' : 'missing') : c.candidates ? 'ambiguous' : 'missing' });
    if (c.outside) {
      li.append(el('strong', {}, c.label), `: the ${c.outside.title} is not in this library, so there is no page to go to.`);
    } else if (c.act && c.exists && c.url) {
      const act = byId.get(c.act)!;
      const prov = act.provisions?.find((p) => p.number === c.section);
      // "s. 3(1) PTPA as enacted": the text as enacted answers, its penalty being the one in force for facts before the
      // amendment; the current text is named beside it. Without such an earlier text, the current one says so.
      const enacted = VERSION_ASKED.test(q) ? (act.earlier ?? []).map((v) => ({ v, old: v.provisions.find((p) => p.number === c.section) })).find((x) => x.old) : undefined;
      if (enacted?.old) {
        const href = c.anchor ? `${enacted.old.url}#${c.anchor}` : enacted.old.url;
        li.setAttribute('data-result-url', pathOf(enacted.old.url));
        if (c.anchor) li.setAttribute('data-anchor', c.anchor);
        li.append(el('a', { class: 'go', href }, `Go to ${c.label} (${enacted.v.label})`));
        if (prov) li.append(` — ${enacted.old.heading ?? prov.heading}`);
        li.append(el('br'), el('small', {}, 'Current text: ', el('a', { href: c.url }, `${c.label}`)));
        list.append(li);
        links++;
        continue;
      }
      li.setAttribute('data-result-url', pathOf(c.url));
      if (c.anchor) li.setAttribute('data-anchor', c.anchor);
      li.append(el('a', { class: 'go', href: c.url }, `Go to ${c.label}`));
      if (VERSION_ASKED.test(q)) li.append(el('br'), el('small', { 'data-no-earlier': '' }, `The library holds no earlier text of the ${act.abbreviation}: this is the text it holds.`));
      if (prov) li.append(` — ${prov.heading}`, prov.status && prov.status !== 'in-force' ? ` (${prov.status})` : '');
      if (c.pinpointMissing) {
        const near = c.anchor && prov?.pins?.[c.anchor] !== undefined ? `s. ${practiceForm(c.section)}${prov.pins[c.anchor]}` : `the whole of s. ${practiceForm(c.section)}`;
        li.append(el('br'), el('small', { 'data-pinpoint-missing': '' }, `s. ${practiceForm(c.section)} has no ${c.pinpointMissing.replace(/^, /, '')}: the link opens ${near}.`));
      }
      if (c.inferred) li.append(el('br'), el('small', { class: 'muted' }, `No Act was named: s. ${practiceForm(c.section)} is in the ${act.shortTitle} only.`));
      if (opts.earlier) {
        for (const v of act.earlier ?? []) {
          const old = v.provisions.find((p) => p.number === c.section);
          if (old) li.append(el('br'), el('small', {}, 'Earlier text: ', el('a', { href: c.anchor ? `${old.url}#${c.anchor}` : old.url }, `${c.label} (${v.label})`)));
        }
      }
      links++;
    } else if (c.act) {
      const act = byId.get(c.act)!;
      li.append(el('strong', {}, c.label), `: the library has no section ${practiceForm(c.section)} of the ${act.shortTitle}.`, act.extent ? ` It holds ${act.extent.replace(/^Sections/, 'sections')}.` : '');
      li.append(' ', el('a', { href: act.url ?? `/${act.act}/` }, `List of sections of the ${act.abbreviation}`));
    } else if (c.candidates?.length) {
      li.append(el('strong', {}, c.label), ` is in ${c.candidates.length} Acts. Which one?`);
      const sub = el('ul');
      for (const id of c.candidates) {
        const act = byId.get(id)!;
        const prov = act.provisions?.find((p) => p.number === c.section);
        if (!prov) continue;
        const one = c.pinpoint ? parseCitations(`s. ${c.section}${c.pinpoint} ${act.abbreviation}`, acts)?.[0] : undefined;
        sub.append(el('li', { 'data-result-url': prov.url }, el('a', { class: 'go', href: one?.url ?? prov.url }, `Go to ${one?.label ?? `s. ${practiceForm(c.section)} ${act.abbreviation}`}`), ` — ${prov.heading}`));
        links++;
      }
      li.append(sub);
    } else {
      li.append(el('strong', {}, c.label), ': no Act in the library has this section.');
    }
    list.append(li);
  }
  return { list, links };
}

/** The places a query was read as naming, and the law each place has (content/jurisdictions.yaml). */
export interface PlacesRead { read: string[]; rows: PlaceLaw[] }

/**
 * Which text a card quotes and, for an Act the library holds only in part, what it lacks: a
 * reader who sees a Sindh section must not take the missing offences for absent law. A bonded-labour
 * card read for a place whose law is another text says so (a Sindh kiln and the federal Act). In: the
 * card's list item and its Act (catalogue), whether the page is an earlier version, the places read.
 */
function versionLines(li: HTMLElement, cite: HTMLElement, act: CatalogueFileAct | undefined, earlier: boolean, places?: PlacesRead) {
  if (!act) return;
  if (!earlier && act.version) cite.append(el('span', { class: 'version-quoted' }, ` · Text: ${act.version}`));
  if (act.partial && !earlier) li.append(el('p', { class: 'partial-note', 'data-partial': '' }, el('strong', {}, /unverified/i.test(act.version ?? '') ? 'Partial, unverified text. ' : 'Partial text. '), act.partial.replace(/^PARTIAL:\s*/, "The library holds the ")));
  // The law given where the facts happened leads; what is known of it, and from what source, folds under it.
  const parts = places ? placeNoteParts(act.act, places.read, places.rows) : [];
  if (parts.length) {
    const note = el('div', { class: 'place-note', 'data-place-note': '' });
    for (const p of parts) {
      note.append(el('p', {}, el('strong', {}, p.lead)));
      const more = el('details', {});
      more.append(el('summary', {}, 'What is known of that law'), el('p', {}, p.detail));
      note.append(more);
    }
    note.append(el('p', {}, el('a', { href: '/where/' }, 'Where each bonded-labour law applies')));
    li.append(note);
  }
}

/** The phrases of the hidden subject words (after `end`) that contain a match. */
function subjectPhrases(words: string[], end: number, locations: number[], stop = words.length) {
  const hit = new Set(locations.filter((l) => l >= end && l < stop));
  const out: string[] = [];
  let phrase: string[] = [], has = false;
  for (let i = end; i <= stop; i++) {
    const w = i < stop ? words[i] : undefined;
    if (w !== undefined) { phrase.push(w); if (hit.has(i)) has = true; }
    if (w === undefined || /[;.]$/.test(w)) {
      const text = phrase.join(' ').replace(/[;.]$/, '');
      if (has && text && !/^s\.\d|^\d/.test(text) && !/[\u0600-\u06FF]/.test(text)) out.push(text);
      phrase = []; has = false;
    }
  }
  // The first three: a term's own names come before the ways people put it ("is bonded labour banned").
  return [...new Set(out)].slice(0, 3);
}

/** Each card's "Listed under" phrases, as the card worked them out; the list then says each once. */
const listedOf = new WeakMap<Element, string[]>();

/**
 * A card's "Listed under" line: the glossary phrases it was found under that its title and quoted
 * text (`shown`) do not already say, each term once; nothing when none is left.
 */
export function listedLine(phrases: readonly string[], shown: readonly string[]): HTMLParagraphElement | undefined {
  const said = listedUnder(phrases, shown);
  if (!said.length) return undefined;
  const p = el('p', { class: 'muted subject-match', 'data-listed': '' }, `Listed under: ${said.join('; ')}`);
  listedOf.set(p, said);
  return p;
}

/**
 * Down a list of results, a card's "Listed under" leaves out what the card just above it named
 * (the federal and the Punjab text of a section, one after the other); a line left with nothing
 * is hidden. Run again after cards are added: each card keeps its own phrases.
 */
export function sayListedOnce(list: Element) {
  const cards = [...list.children];
  const lines = cards.map((li) => li.querySelector<HTMLElement>(':scope > .subject-match[data-listed]'));
  const said = listedDownTheList(lines.map((p) => (p ? listedOf.get(p) ?? [] : [])));
  lines.forEach((p, i) => {
    if (!p) return;
    p.textContent = said[i].length ? `Listed under: ${said[i].join('; ')}` : '';
    p.hidden = !said[i].length;
  });
}

/**
 * One result: title, citation, the sub-section or clause with most of the words (as a pinpoint
 * link) and its excerpt, up to three more clauses. Words found only in a footnote or a note are
 * credited to it ("Found in footnote 2"), never to a clause; the compilers' editorial remarks
 * are never shown as an excerpt. A provision the glossary alone points to shows the glossary's
 * words for it. `compact` (the header's panel): no further clauses.
 */
export async function renderResult(r: Ranked, markWords: string[], opts: { compact?: boolean; glossaryNote?: string; places?: PlacesRead } = {}): Promise<HTMLLIElement> {
  const byUrl = await pages();
  // A provision the glossary alone points to: its own page's record, so the card quotes its opening words.
  const own = r.result ? undefined : await resultForUrl(r.url!);
  if (own) {
    // Its own lines that hold the searched words are quoted, as for any result (a heading search found the page).
    const d = await dataOf(own);
    const words = contentWordList(d.content);
    const locs = markWords.length ? words.flatMap((w, i) => (markWords.some((m) => sameWord(m, w)) ? [i] : [])) : [];
    const li = await renderResult({ ...r, result: own, locs }, markWords, opts);
    if (opts.glossaryNote) li.append(el('p', { class: 'muted subject-match' }, opts.glossaryNote));
    return li;
  }
  if (!r.result) {
    const info = byUrl.get(r.url!)!;
    const li = el('li', { class: 'result', 'data-result-url': r.url! });
    li.append(el('h3', { class: 'result-title' }, el('a', { href: r.url! }, `${info.prov.number === 'preamble' ? 'Title and preamble' : `Section ${practiceForm(info.prov.number)}. ${info.prov.heading}`} — ${info.act.fullTitle ?? info.act.shortTitle}`)));
    const cite = el('p', { class: 'cite' }, info.prov.citation);
    li.append(cite);
    versionLines(li, cite, info.act, Boolean(info.earlier), opts.places);
    if (opts.glossaryNote) li.append(el('p', { class: 'muted subject-match' }, opts.glossaryNote));
    return li;
  }
  const d = await dataOf(r.result);
  const info = byUrl.get(d.url);
  const words = contentWordList(d.content);
  const end = termsStart(d.anchors, words.length);
  const sectionId = info ? (info.prov.number === 'preamble' ? 'preamble' : `s${info.prov.number.toLowerCase()}`) : undefined;
  const bodyStart = d.anchors.find((a) => a.id === sectionId)?.location ?? 0;
  const located = (r.locs ?? d.locations).map((location) => ({ weight: 1, balanced_score: 1, location }));
  // Where the statute lines end and the footnotes and notes begin.
  const notesAt = d.anchors.filter((a) => /-fn-|^note-/.test(a.id)).map((a) => a.location).sort((a, b) => a - b)[0] ?? end;
  const inLines = located.filter((l) => l.location >= bodyStart && l.location < Math.min(notesAt, end));
  const inNotes = located.filter((l) => l.location >= notesAt && l.location < end);

  const li = el('li', { class: 'result', 'data-result-url': d.url });
  li.append(el('h3', { class: 'result-title' }, el('a', { href: withMarks(d.url, markWords) }, d.meta.title ?? d.url)));
  const cite = el('p', { class: 'cite' }, d.meta.citation ?? '');
  if (d.filters.version?.[0] === 'earlier') cite.append(el('span', { class: 'badge', 'data-earlier': '' }, `Earlier text: ${d.meta.version ?? 'not current'}`));
  li.append(cite);
  versionLines(li, cite, info?.act, d.filters.version?.[0] === 'earlier', opts.places);
  const pins = info?.prov.pins && Object.keys(info.prov.pins).length > 1 ? info.prov.pins : undefined;
  // A line with no cite of its own is the section's opening words (s. 6 PTPA before its proviso):
  // when it holds most of the words the card quotes it, never a proviso alone.
  const lineHits = pins ? pinpointHits(d.anchors, inLines, pins, Math.min(notesAt, end)) : [];
  const hits = lineHits[0] && !lineHits[0].cite ? lineHits : lineHits.filter((h) => h.cite);
  const pinLabel = (c: string) => `s. ${practiceForm(info!.prov.number)}${c}`;
  const main = el('p', { class: 'excerpt' });
  // Credit a footnote or note when it holds more of the query's different words than any line
  // ("transportation for life": the footnote says what "imprisonment for life" replaced).
  const distinct = (locs: { location: number }[]) => new Set(locs.map((l) => (words[l.location] ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').slice(0, 5))).size;
  const bestLine = hits.length ? Math.max(...hits.map((h) => distinct(inLines.filter((l) => l.location >= h.from && l.location < h.to)))) : distinct(inLines);
  const best = inNotes.length && distinct(inNotes) > bestLine ? undefined : hits[0];
  if (best) {
    if (best.cite) main.append(el('a', { href: withMarks(`${d.url}#${best.id}`, markWords), 'data-pin': best.id }, pinLabel(best.cite)), ': ');
    main.append(segments(excerpt(words, inLines, EXCERPT_WORDS, best.from, best.to)));
  } else if (!inNotes.length || distinct(inNotes) <= bestLine) {
    main.append(segments(excerpt(words, inLines, EXCERPT_WORDS, bodyStart, Math.min(notesAt, end))));
  } else {
    // Found only in a footnote or a note: credited to it, with the note's own words.
    const notes = d.anchors.filter((a) => /-fn-|^note-/.test(a.id)).sort((a, b) => a.location - b.location);
    let note = notes[0];
    for (const a of notes) if (a.location <= inNotes[0].location) note = a;
    const next = notes.find((a) => a.location > note.location)?.location ?? end;
    const label = /-fn-[A-Z](\d+)$/.exec(note.id)?.[1];
    if (label) {
      main.append(el('a', { href: withMarks(`${d.url}#${note.id}`, markWords), 'data-note': note.id }, `Footnote ${label}`), ': ');
      main.append(segments(excerpt(words, inNotes, EXCERPT_WORDS, note.location, next)));
    } else {
      // The compilers' editorial notes are never shown as if they were text of the law.
      main.append(el('a', { href: `${d.url}#${note.id}`, 'data-note': note.id }, 'Found in an editorial note'), ' to this provision (open it to read the note).');
    }
  }
  li.append(main);
  if (located.some((l) => l.location >= end)) {
    // The glossary's told facts (and the citation forms after them) are search words only: never "listed under".
    const told = d.anchors.find((a) => a.id === 'search-told')?.location ?? d.anchors.find((a) => a.id === 'search-cite')?.location;
    const subject = subjectPhrases(words, end, located.map((l) => l.location), told);
    const line = listedLine(subject, [d.meta.title ?? '', main.textContent ?? '']);
    if (line) li.append(line);
  }
  if (!opts.compact && hits.slice(1).some((x) => x.cite)) {
    const ul = el('ul', { class: 'pins', 'aria-label': 'Also found in' });
    for (const h of hits.slice(1).filter((x) => x.cite).slice(0, 3)) {
      ul.append(el('li', {}, el('a', { href: withMarks(`${d.url}#${h.id}`, markWords), 'data-pin': h.id }, pinLabel(h.cite)), ': ', segments(excerpt(words, inLines, 20, h.from, h.to))));
    }
    li.append(ul);
  }
  return li;
}
