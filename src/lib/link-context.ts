// The context `linkifyHtml` needs for one provision: which provisions and pinpoints exist, and the
// defined terms of its Act version. Built once per Act version from the content collections and
// cached for the whole build (every provision on every page asks for it).
import { getActs, getProvisions, versionsOf, currentVersion } from './library.ts';
import { statuteLinesFromMdx, definedTermsOf, type DefinedTerm } from './defined-terms.ts';
import { abbreviationsFrom, type LinkContext } from './crossref.ts';

interface VersionIndex {
  slug?: string;
  /** Section number (upper case) -> the pinpoint ids of its lines. */
  pins: Map<string, Set<string>>;
  terms: DefinedTerm[];
  abbreviations: Record<string, string>;
}

const indexes = new Map<string, Promise<VersionIndex>>();
let currents: Promise<Map<string, string>> | undefined;

function index(act: string, versionId: string): Promise<VersionIndex> {
  const key = `${act}|${versionId}`;
  let p = indexes.get(key);
  if (!p) {
    p = (async () => {
      const a = (await getActs()).find((x) => x.id === act);
      const version = a && versionsOf(a).find((v) => v.id === versionId);
      const provisions = (await getProvisions(act, versionId)).map((e) => ({ number: e.data.number, lines: statuteLinesFromMdx(e.body ?? '') }));
      const terms = definedTermsOf(act, versionId, provisions);
      return {
        slug: version && !version.current ? version.slug : undefined,
        pins: new Map(provisions.map((p) => [p.number.toUpperCase(), new Set(p.lines.map((l) => l.id))])),
        terms,
        abbreviations: abbreviationsFrom(terms),
      };
    })();
    indexes.set(key, p);
  }
  return p;
}

/** Act id -> id of its current version. */
function currentVersions() {
  currents ??= getActs().then((acts) => new Map(acts.map((a) => [a.id, currentVersion(a).id])));
  return currents;
}

const contexts = new Map<string, Promise<Omit<LinkContext, 'sectionNumber'>>>();

function actContext(act: string, versionId: string) {
  const key = `${act}|${versionId}`;
  let p = contexts.get(key);
  if (!p) {
    p = (async () => {
      const own = await index(act, versionId);
      const others = new Map<string, VersionIndex>();
      for (const [id, v] of await currentVersions()) others.set(id, await index(id, v));
      const exists = (a: string, number?: string, pin?: string) => {
        const idx = a === act ? own : others.get(a);
        if (!idx) return false;
        if (number === undefined) return true;
        const pins = idx.pins.get(number.toUpperCase());
        return Boolean(pins) && (!pin || pins!.has(pin));
      };
      return { act, versionSlug: own.slug, exists, terms: own.terms, abbreviations: own.abbreviations };
    })();
    contexts.set(key, p);
  }
  return p;
}

export async function linkContext(act: string, versionId: string, sectionNumber: string): Promise<LinkContext> {
  return { ...(await actContext(act, versionId)), sectionNumber };
}
