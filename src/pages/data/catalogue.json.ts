// /data/catalogue.json: what the library holds, for the search page's citation parser
// (src/lib/citation-parse.ts) and for any other client that needs to resolve a citation.
// Every Act with its names and its current provisions (number, heading, URL, short citation and
// pinpoint ids), and its earlier versions' provisions so search results can label pinpoints.
import type { APIRoute } from 'astro';
import { getActs, currentVersion, versionsOf, getProvisions, provisionHref, type Act, type Version, type ProvisionEntry } from '../../lib/library.ts';
import { citeShort } from '../../lib/citation-format.ts';
import type { CatalogueAct, CatalogueProvision } from '../../lib/citation-parse.ts';

/** Pinpoint ids and their cite text, read from the <L id=… cite=…> lines of the provision's MDX. */
function pins(entry: ProvisionEntry) {
  const out: Record<string, string> = {};
  for (const m of (entry.body ?? '').matchAll(/<L\s[^>]*?\bid="([^"]+)"[^>]*?\bcite="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

async function provisionsOf(act: Act, version: Version): Promise<CatalogueProvision[]> {
  return (await getProvisions(act.id, version.id)).map((e) => ({
    number: e.data.number,
    heading: e.data.heading,
    url: provisionHref(act, version, e.data.number),
    citation: citeShort(act, e.data.number),
    status: e.data.status,
    kind: e.data.kind,
    pins: pins(e),
  }));
}

export interface Catalogue {
  acts: (CatalogueAct & {
    jurisdiction: string;
    /** The current version's label, for result cards: which text they quote. */
    version: string;
    /** What the current version lacks, when the library holds only part of it (Sindh BLSA). */
    partial?: string;
    earlier: { label: string; slug?: string; url: string; provisions: CatalogueProvision[] }[];
  })[];
}

export const GET: APIRoute = async () => {
  const acts: Catalogue['acts'] = [];
  for (const act of await getActs()) {
    const current = currentVersion(act);
    const provisions = await provisionsOf(act, current);
    const earlier = [];
    for (const v of versionsOf(act).filter((x) => !x.current)) {
      earlier.push({ label: v.label, slug: v.slug, url: v.url, provisions: await provisionsOf(act, v) });
    }
    acts.push({
      act: act.id,
      abbreviation: act.abbreviation,
      aliases: act.aliases,
      shortTitle: act.shortTitle,
      fullTitle: act.fullTitle,
      citationShort: act.citation.short,
      extent: act.extent,
      url: act.url,
      jurisdiction: act.jurisdiction,
      version: current.label,
      ...(current.partial ? { partial: current.completeness } : {}),
      numbers: provisions.map((p) => p.number),
      provisions,
      earlier,
    });
  }
  const body: Catalogue = { acts };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
