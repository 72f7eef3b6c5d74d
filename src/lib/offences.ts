// Offences and penalties: loads content/offences/*.yaml (one file per Act version, each a list
// of records), checks every record against offenceSchema and against the rest of content/
// (Act ids and versions, the provision file and its pinpoint, duplicate ids), and gives the
// export shape of a record. Any fault throws one Error that names each file and field at fault.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { parse } from 'yaml';
import { offenceSchema, type OffenceData } from '../schemas/index.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { sectionSlug } from './urls.ts';
import type { OffenceExport } from '../schemas/offence-export.ts';
import { punishmentSummary, fineAloneLawful } from './offence-format.ts';
import type { Period } from './versions/in-force.ts';

export interface LoadedOffence extends OffenceData {
  /** Pinpoint citation: "3(2)", "4", "371A", "376(1A)", read from the pinpoint line's cite. */
  citation: string;
  /** The YAML file the record came from, relative to the content directory's parent. */
  file: string;
  /** The provision's MDX file, relative to the content directory's parent. */
  provisionFile: string;
}

export type { OffenceExport } from '../schemas/offence-export.ts';

// Only what the loader needs of an Act file; content/acts is fully checked by check-content.
const actShape = z.object({
  versions: z.array(
    z.object({
      id: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string()),
      current: z.boolean(),
      slug: z.string().optional(),
    }),
  ),
});

/** The path of a provision's MDX file under content/. */
export const provisionPath = (contentDir: string, act: string, version: string, provision: string) =>
  join(contentDir, 'provisions', act, version, `${sectionSlug(provision)}.mdx`);

/** The `cite` of the <L> line with this id ("(2)", "(1A)", "" for a section-level line), or null if there is none. */
export function pinpointCite(mdxBody: string, pinpoint: string): string | null {
  const start = mdxBody.indexOf(`<L id="${pinpoint}"`);
  if (start < 0) return null;
  const tag = mdxBody.slice(start, mdxBody.indexOf('>', start) + 1);
  return /\scite="([^"]*)"/.exec(tag)?.[1] ?? '';
}

/** The MDX of one <L> line (opening tag to its </L>), or null. */
export function pinpointBlock(mdxBody: string, pinpoint: string): string | null {
  const start = mdxBody.indexOf(`<L id="${pinpoint}"`);
  if (start < 0) return null;
  const end = mdxBody.indexOf('</L>', start);
  return mdxBody.slice(start, end < 0 ? undefined : end + 4);
}

/**
 * A pinpoint citation from the id alone, for records not loaded from content: "s3-2" -> "3(2)",
 * "s376-1a" -> "376(1A)", "s4-text-2" -> "4", "s374-1" -> "374(1)". Stops at a line that is not
 * a numbered or lettered unit (text, explanation, proviso).
 */
export function pinpointCitation(provision: string, pinpoint: string): string {
  const prefix = `s${provision.toLowerCase()}`;
  if (!pinpoint.startsWith(prefix)) throw new Error(`pinpoint "${pinpoint}" is not in section ${provision}`);
  let out = provision;
  for (const seg of pinpoint.slice(prefix.length).split('-').filter(Boolean)) {
    if (/^\d+[a-z]?$/.test(seg)) out += `(${seg.toUpperCase()})`;
    else if (/^[a-z]{1,4}$/.test(seg) && !['text', 'expl', 'illus'].includes(seg)) out += `(${seg})`;
    else break;
  }
  return out;
}

/** A citation from the line's cite attribute: only its leading "(..)(..)" units count. */
function citationFrom(provision: string, cite: string): string {
  const units = /^(?:\([0-9A-Za-z]+\))*/.exec(cite)?.[0] ?? '';
  return provision + units;
}

export function loadOffences(contentDir: string): LoadedOffence[] {
  const root = join(contentDir, '..');
  const rel = (p: string) => relative(root, p);
  const problems: string[] = [];
  const fault = (file: string, field: string, message: string) => problems.push(`${file}: ${field}: ${message}`);

  // Acts and their versions.
  const acts = new Map<string, { versions: Map<string, { current: boolean }> }>();
  const actsDir = join(contentDir, 'acts');
  for (const name of existsSync(actsDir) ? readdirSync(actsDir).filter((n: string) => n.endsWith('.yaml')).sort() : []) {
    const r = actShape.safeParse(parse(readFileSync(join(actsDir, name), 'utf8')));
    if (!r.success) { fault(rel(join(actsDir, name)), 'versions', 'cannot read the versions of this Act'); continue; }
    acts.set(name.replace(/\.yaml$/, ''), { versions: new Map(r.data.versions.map((v) => [v.id, { current: v.current }])) });
  }

  const dir = join(contentDir, 'offences');
  if (!existsSync(dir)) throw new Error(`${rel(dir)}: no offences directory`);
  const out: LoadedOffence[] = [];
  const ids = new Map<string, string>(); // id -> file
  const mdxCache = new Map<string, string | null>();
  const bodyOf = (path: string) => {
    if (!mdxCache.has(path)) mdxCache.set(path, existsSync(path) ? splitFrontmatter(readFileSync(path, 'utf8')).body : null);
    return mdxCache.get(path)!;
  };

  for (const name of readdirSync(dir).filter((n: string) => n.endsWith('.yaml')).sort()) {
    const path = join(dir, name);
    const file = rel(path);
    let data: unknown;
    try { data = parse(readFileSync(path, 'utf8')); }
    catch (e) { fault(file, '(yaml)', (e as Error).message.split('\n')[0]); continue; }
    if (!Array.isArray(data)) { fault(file, '(root)', 'must be a list of offence records'); continue; }
    const actVersions = new Set<string>();

    data.forEach((raw, i) => {
      const rawId = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
      const where = rawId ? `[${i}] ${rawId}` : `[${i}]`;
      const r = offenceSchema(z).safeParse(raw);
      if (!r.success) {
        for (const issue of r.error.issues) fault(file, `${where} ${issue.path.join('.') || '(record)'}`, issue.message);
        return;
      }
      const o = r.data;
      actVersions.add(`${o.act} ${o.version}`);
      if (ids.has(o.id)) fault(file, `${where} id`, `duplicate id "${o.id}" (also in ${ids.get(o.id)})`);
      else ids.set(o.id, file);

      const act = acts.get(o.act);
      if (!act) { fault(file, `${where} act`, `unknown Act id "${o.act}" (known: ${[...acts.keys()].join(', ')})`); return; }
      const version = act.versions.get(o.version);
      if (!version) { fault(file, `${where} version`, `Act "${o.act}" has no version "${o.version}"`); return; }
      if (version.current !== o.current) fault(file, `${where} current`, `is ${o.current}, but version ${o.version} of "${o.act}" is ${version.current ? '' : 'not '}the current one`);
      for (const [j, rel2] of o.related.entries()) if (!acts.has(rel2.act)) fault(file, `${where} related.${j}.act`, `unknown Act id "${rel2.act}"`);

      const mdx = provisionPath(contentDir, o.act, o.version, o.provision);
      const body = bodyOf(mdx);
      if (body === null) { fault(file, `${where} provision`, `missing provision: no file ${rel(mdx)} for s. ${o.provision} of "${o.act}" (${o.version})`); return; }
      const cite = pinpointCite(body, o.pinpoint);
      if (cite === null) { fault(file, `${where} pinpoint`, `no line <L id="${o.pinpoint}"> in ${rel(mdx)}`); return; }
      out.push({ ...o, citation: citationFrom(o.provision, cite), file, provisionFile: rel(mdx) });
    });
    if (actVersions.size > 1) fault(file, '(file)', `one file holds one Act version; this one mixes ${[...actVersions].join(', ')}`);
  }

  if (problems.length) throw new Error(`${rel(dir)} has ${problems.length} fault(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return out;
}

/** What the export needs beyond the record: the text's period and the places it governs. */
export interface ExportContext { period: Period | undefined; periodWords: string; places: OffenceExport['places'] }

/** The export shape of a record (dist/data/offences.json; schema in src/schemas/offence-export.ts). */
export function toExport(record: OffenceData & { citation?: string }, urlOf: (record: OffenceData) => string, ctx: ExportContext): OffenceExport {
  const { imprisonment: im, fine } = record.punishment;
  return {
    id: record.id,
    act: record.act,
    provision: record.citation ?? pinpointCitation(record.provision, record.pinpoint),
    version: record.version,
    current: record.current,
    text: { name: ctx.period?.name ?? record.version, period: ctx.periodWords, from: ctx.period?.from ?? null, until: ctx.period?.until ?? null },
    places: ctx.places,
    label: record.label,
    imprisonment: { kind: im.kind, minYears: im.minYears, maxYears: im.maxYears, life: im.life, remainderOfLife: Boolean(im.remainderOfLife), death: im.death },
    fine: { minRupees: fine.minRupees, maxRupees: fine.maxRupees, liable: fine.liable, unlimited: fine.unlimited },
    combination: record.punishment.combination,
    forfeiture: record.punishment.forfeiture,
    fineAloneLawful: fineAloneLawful(record),
    punishmentText: record.punishment.text,
    punishmentSummary: punishmentSummary(record),
    cognizable: record.cognizable,
    bailable: record.bailable,
    compoundable: record.compoundable,
    court: record.court,
    agency: record.agency,
    url: urlOf(record),
  };
}
