// The statute content read straight from content/ (no build): provisions as plain lines, the
// defined terms and an `exists` like the site's, for unit tests of cross-references and terms.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { statuteLinesFromMdx, definedTermsOf, type StatuteLine, type DefinedTerm } from '../../src/lib/defined-terms.ts';
import { abbreviationsFrom, type LinkContext, type RefContext } from '../../src/lib/crossref.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const PROVISIONS = join(ROOT, 'content', 'provisions');

export interface CorpusProvision { number: string; order: number; body: string; lines: StatuteLine[] }

const versions = new Map<string, CorpusProvision[]>();
export function provisions(act: string, version: string): CorpusProvision[] {
  const key = `${act}/${version}`;
  let list = versions.get(key);
  if (!list) {
    const dir = join(PROVISIONS, act, version);
    list = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => {
      const body = readFileSync(join(dir, f), 'utf8');
      const front = parse(body.split('---')[1]) as { number: string; order: number };
      return { number: String(front.number), order: front.order, body, lines: statuteLinesFromMdx(body) };
    }).sort((a, b) => a.order - b.order);
    versions.set(key, list);
  }
  return list;
}

export function currentVersionOf(act: string): string {
  const data = parse(readFileSync(join(ROOT, 'content', 'acts', `${act}.yaml`), 'utf8')) as { versions: { id: string; current: boolean; slug?: string }[] };
  return data.versions.find((v) => v.current)!.id;
}

export function slugOf(act: string, version: string): string | undefined {
  const data = parse(readFileSync(join(ROOT, 'content', 'acts', `${act}.yaml`), 'utf8')) as { versions: { id: string; current: boolean; slug?: string }[] };
  const v = data.versions.find((x) => x.id === version)!;
  return v.current ? undefined : v.slug;
}

export const ACTS = readdirSync(join(ROOT, 'content', 'acts')).map((f) => f.replace(/\.yaml$/, ''));

export function termsOf(act: string, version: string): DefinedTerm[] {
  return definedTermsOf(act, version, provisions(act, version));
}

/** `exists` as the site builds it: the Act's own version for itself, current versions for others. */
export function existsFor(act: string, version: string): RefContext['exists'] {
  return (a, number, pin) => {
    if (!ACTS.includes(a)) return false;
    if (number === undefined) return true;
    const p = provisions(a, a === act ? version : currentVersionOf(a)).find((x) => x.number.toUpperCase() === number.toUpperCase());
    return Boolean(p) && (!pin || p!.lines.some((l) => l.id === pin));
  };
}

export function refContext(act: string, version: string, sectionNumber: string, lineId?: string): RefContext {
  return { act, sectionNumber, lineId, exists: existsFor(act, version), abbreviations: abbreviationsFrom(termsOf(act, version)) };
}

export function linkContext(act: string, version: string, sectionNumber: string): LinkContext {
  return { act, versionSlug: slugOf(act, version), sectionNumber, exists: existsFor(act, version), terms: termsOf(act, version) };
}

/** A statute line's plain text, by Act, version and pinpoint. */
export function line(act: string, version: string, id: string): { number: string; line: StatuteLine } {
  for (const p of provisions(act, version)) {
    const l = p.lines.find((x) => x.id === id);
    if (l) return { number: p.number, line: l };
  }
  throw new Error(`no line ${id} in ${act} ${version}`);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A provision's statute lines as ProvisionBody renders them (L.astro, Fn.astro, Hd.astro, Ed.astro,
 * Gap.astro), made from the MDX without Astro: enough for testing linkifyHtml.
 */
export function renderedHtml(act: string, version: string, number: string): string {
  const p = provisions(act, version).find((x) => x.number === number)!;
  const out: string[] = [];
  const re = /<L\s+id="([^"]+)"[^>]*>\n?([\s\S]*?)\n?<\/L>/g;
  for (let m; (m = re.exec(p.body)); ) {
    const parts: string[] = [];
    const tok = /<Fn f="([A-Z]\d+)" s="([^"]+)" k=\{(\d+)\} \/>|<(\/?)Hd>|<Gap>([\s\S]*?)<\/Gap>|<Ed>([\s\S]*?)<\/Ed>/g;
    let last = 0;
    const text = (s: string) => esc(s.replace(/\\(.)/g, '$1'));
    for (let t; (t = tok.exec(m[2])); ) {
      parts.push(text(m[2].slice(last, t.index)));
      if (t[1]) parts.push(`<sup class="fn" data-fn="${t[1]}"><a href="#s${t[2]}-fn-${t[1]}" id="s${t[2]}-fnref-${t[1]}-${t[3]}" aria-label="Footnote ${t[1]}">${t[1].slice(1)}</a></sup>`);
      else if (t[4] !== undefined && t[0].startsWith('<')) parts.push(t[4] ? '</strong>' : '<strong class="hd">');
      else if (t[5] !== undefined) parts.push(`<mark class="gap" role="note"><strong class="gap-label">[Text missing from the only copy available:</strong> <span class="gap-note">${text(t[5])}</span><strong class="gap-label">]</strong></mark>`);
      else if (t[6] !== undefined) parts.push(`<span class="ed" role="note">[${text(t[6])}]</span>`);
      last = t.index + t[0].length;
    }
    parts.push(text(m[2].slice(last)));
    out.push(`<div class="l" id="${m[1]}"><a class="pin" href="#${m[1]}" aria-label="Link to this provision" data-pagefind-ignore>¶</a><div class="txt"><p>${parts.join('')}</p></div></div>`);
  }
  return out.join('\n');
}
