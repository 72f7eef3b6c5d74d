// /data/corpus.json: the whole library as open data (every Act, version and provision, line by line
// with pinpoint ids, citations in the three forms, footnotes, editorial notes marked editorial,
// status and the period each version applies). Checked against src/schemas/corpus.ts before it is
// written, so a build never publishes a file that breaks its own schema (/data/corpus.schema.json).
import type { APIRoute } from 'astro';
import { getActs, versionsOf, getProvisions, provisionHref, currentVersion } from '../../lib/library.ts';
import { citeLong, citeShort, citeHeadnote } from '../../lib/citation-format.ts';
import { linesFromMdx } from '../../lib/corpus/lines.ts';
import { corpusSchema, type Corpus } from '../../schemas/corpus.ts';
import { publicSite } from '../../lib/corpus/site.ts';

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();

export const GET: APIRoute = async () => {
  const acts: Corpus['acts'] = [];
  for (const act of await getActs()) {
    const versions: Corpus['acts'][number]['versions'] = [];
    for (const v of versionsOf(act)) {
      const provisions = (await getProvisions(act.id, v.id)).map((e) => {
        const d = e.data;
        const url = provisionHref(act, v, d.number);
        let lines;
        try {
          lines = linesFromMdx(e.body ?? '');
        } catch (err) {
          throw new Error(`corpus.json: ${e.filePath ?? e.id}: ${(err as Error).message}`);
        }
        return {
          id: `${act.id}/${v.id}/${d.number}`,
          number: d.number,
          heading: d.heading,
          ...(d.group ? { group: d.group } : {}),
          kind: d.kind,
          status: d.status,
          order: d.order,
          url,
          citations: { long: citeLong(act, d.number), short: citeShort(act, d.number), headnote: citeHeadnote(act, d.number) },
          source: d.source,
          lines: lines.map((l) => ({ ...l, citation: citeShort(act, d.number, l.cite), url: `${url}#${l.id}` })),
          footnotes: d.footnotes.map((f) => ({ id: f.id, text: f.text })),
          notes: [
            ...(d.notes ?? []).map((text) => ({ editorial: true as const, by: 'source' as const, text })),
            ...(d.editorial ?? []).map((html) => ({ editorial: true as const, by: 'library' as const, text: stripTags(html), html })),
          ],
        };
      });
      versions.push({
        id: v.id,
        label: v.label,
        current: v.current,
        ...(v.slug ? { slug: v.slug } : {}),
        url: v.url,
        applies: { from: v.inForceFrom, ...(v.inForceUntil ? { until: v.inForceUntil } : {}) },
        source: v.source,
        completeness: v.completeness,
        amendedBy: v.amendedBy,
        provisions,
      });
    }
    acts.push({
      id: act.id,
      fullTitle: act.fullTitle,
      shortTitle: act.shortTitle,
      abbreviation: act.abbreviation,
      number: act.number,
      jurisdiction: act.jurisdiction,
      status: act.status,
      statusNote: act.statusNote,
      ...(act.extent ? { extent: act.extent } : {}),
      url: act.url,
      citation: act.citation,
      versions,
    });
  }
  const all = await getActs();
  const corpus: Corpus = {
    title: 'Pakistan Anti-Trafficking Law Library: statute text',
    site: publicSite(),
    textCurrentTo: all.map((a) => currentVersion(a).id).sort().at(-1)!,
    note: 'Statute text as reproduced in the library from the sources each version names. Parts of type "gap" and "editorial", and every entry of "notes", are editorial: they are not law. Check the official print before relying on a text.',
    acts,
  };
  const checked = corpusSchema.safeParse(corpus);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`corpus.json does not match src/schemas/corpus.ts at ${issue.path.join('.')}: ${issue.message}`);
  }
  return new Response(JSON.stringify(checked.data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
