// The library as the pages see it: Acts, their versions and provisions, sorted, with URLs.
// The one module that reads Astro's content collections.
import { getCollection, type CollectionEntry } from 'astro:content';
import { JURISDICTIONS, type ActData, type VersionData } from '../schemas/index.ts';
import { join } from 'node:path';
import { actUrl, provisionUrl } from './urls.ts';
import { loadOffences, type LoadedOffence } from './offences.ts';
import { markFootnotes } from './versions/enclosed-lines.ts';

export type ProvisionEntry = CollectionEntry<'provisions'>;
export interface Act extends ActData { id: string; url: string }
export interface Version extends VersionData { act: string; url: string }

let cache: { acts: Act[]; provisions: ProvisionEntry[] } | undefined;

async function load() {
  if (cache) return cache;
  const acts = (await getCollection('acts'))
    .map((e) => ({ ...(e.data as ActData), id: e.id, url: actUrl(e.id) }))
    .sort((a, b) => a.order - b.order);
  const provisions = (await getCollection('provisions')).sort((a, b) => a.data.order - b.data.order);
  cache = { acts, provisions };
  return cache;
}

export async function getActs() {
  return (await load()).acts;
}

export async function getAct(id: string) {
  const act = (await load()).acts.find((a) => a.id === id);
  if (!act) throw new Error(`unknown Act id: ${id}`);
  return act;
}

export function versionsOf(act: Act): Version[] {
  return act.versions.map((v) => ({ ...v, act: act.id, url: actUrl(act.id, v.current ? undefined : v.slug) }));
}

export function currentVersion(act: Act): Version {
  const v = versionsOf(act).find((x) => x.current);
  if (!v) throw new Error(`${act.id}: no version is marked current`);
  return v;
}

export async function getProvisions(actId: string, versionId: string) {
  return (await load()).provisions.filter((p) => p.data.act.id === actId && p.data.version === versionId);
}

export function provisionHref(act: Act, version: Version, number: string) {
  return provisionUrl(act.id, number, version.current ? undefined : version.slug);
}

/** The footnotes of one section of one version: [] when the section or its footnotes are absent. */
export async function sectionFootnotes(actId: string, versionId: string, number: string) {
  const entry = (await getProvisions(actId, versionId)).find((p) => p.data.number === number);
  // Where each footnote's bracket stands: around the whole section (an inserted section) or
  // around whole lines of it (inserted sub-sections), not only words within it.
  return markFootnotes(entry?.data.footnotes ?? [], entry?.body ?? '');
}

/** The same provision in the other versions of its Act, for the version switch. */
export async function otherVersions(act: Act, number: string) {
  const out: { version: Version; entry: ProvisionEntry | undefined }[] = [];
  for (const v of versionsOf(act)) {
    const entry = (await getProvisions(act.id, v.id)).find((p) => p.data.number === number);
    out.push({ version: v, entry });
  }
  return out;
}

/** Laws known of but not held; an entry drops out once an Act with its id is in the library. */
export async function getMissing() {
  const held = new Set((await getActs()).map((a) => a.id));
  return (await getCollection('missing')).map((e) => e.data).filter((m) => !held.has(m.id));
}

export async function getJurisdictions() {
  const order = (id: string) => JURISDICTIONS.indexOf(id as (typeof JURISDICTIONS)[number]);
  return (await getCollection('jurisdictions')).map((e) => e.data).sort((a, b) => order(a.id) - order(b.id));
}

/** Dated notices on the status of the law, newest first; for one Act when `act` is given. */
export async function getNotices(act?: string) {
  return (await getCollection('notices'))
    .map((e) => e.data)
    .filter((n) => !act || n.acts.includes(act))
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** Offence records (content/offences/*.yaml), checked against the provisions they cite. */
let offenceCache: LoadedOffence[] | undefined;
export function getOffences(): LoadedOffence[] {
  offenceCache ??= loadOffences(join(process.cwd(), 'content'));
  return offenceCache;
}

/** The URL of an offence record's provision line, in the version it is read from. */
export async function offenceProvisionHref(o: LoadedOffence) {
  const act = await getAct(o.act);
  const version = versionsOf(act).find((v) => v.id === o.version)!;
  return `${provisionHref(act, version, o.provision)}#${o.pinpoint}`;
}

export const offenceUrl = (o: { id: string }) => `/offences/${o.id}/`;

/** The search glossary (content/glossary/), sorted by term: editorial, never statute text. */
export async function getGlossary() {
  return (await getCollection('glossary'))
    .map((e) => ({ id: e.id, ...e.data }))
    .sort((a, b) => a.term.localeCompare(b.term));
}

/** The search's word lexicon (content/lexicon.yaml), in file order: editorial, never statute text. */
export async function getLexicon() {
  return (await getCollection('lexicon')).sort((a, b) => Number(a.id) - Number(b.id)).map((e) => ({ entry: Number(e.id), ...e.data }));
}

/** Editorial change summaries of an Act (content/changes/<act>.yaml), or undefined. Issue 12. */
export async function getChanges(act: string) {
  return (await getCollection('changes')).map((e) => e.data).find((c) => c.act === act);
}

/** Training handouts (content/handouts/*.mdx), in their order. Issue 12. */
export async function getHandouts() {
  return (await getCollection('handouts')).sort((a, b) => a.data.order - b.data.order);
}

/** Whether /<act>/changes/ exists: two versions with change summaries, or one text with amendment footnotes. Issue 12. */
export async function hasChangesPage(act: Act) {
  if (await getChanges(act.id)) return true;
  const current = currentVersion(act);
  return versionsOf(act).length === 1 && (await getProvisions(act.id, current.id)).some((p) => p.data.footnotes.length > 0);
}

/** Section numbers whose current text carries a footnote naming one of the current version's amending Acts. Issue 12. */
export async function amendedSections(act: Act): Promise<Set<string>> {
  const current = currentVersion(act);
  const numbers = current.amendedBy.map((a) => a.number);
  if (!numbers.length) return new Set();
  const list = await getProvisions(act.id, current.id);
  return new Set(list.filter((p) => p.data.footnotes.some((f) => numbers.some((n) => f.text.includes(n)))).map((p) => p.data.number));
}

/** The configuration of a comparison page (content/compare/<id>.yaml). Issue 12. */
export async function getComparison(id: string) {
  const entry = (await getCollection('comparisons')).find((e) => e.id === id);
  if (!entry) throw new Error(`content/compare/${id}.yaml: not found`);
  return entry.data;
}
