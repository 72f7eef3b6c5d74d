// For a Penal Code offence record, the amendment footnotes of its section and of the sections
// that define it (s. 375 for rape, s. 377A for sexual abuse), so that the finder and the offence
// pages can warn where earlier conduct may fall under earlier wording (versions/amendments.ts).
import type { OffenceData } from '../../schemas/index.ts';

export interface SectionFootnotes { section: string; footnotes: { id: string; text: string; opens?: boolean }[] }
type Lookup = (act: string, version: string, number: string) => Promise<{ id: string; text: string; opens?: boolean }[]>;

/** The footnotes of the record's section and its defining sections (Penal Code only), each with the section named. */
export async function recordFootnotes(o: Pick<OffenceData, 'act' | 'version' | 'provision' | 'related'>, lookup: Lookup): Promise<SectionFootnotes[]> {
  if (o.act !== 'ppc') return [];
  const sections = [o.provision, ...o.related.filter((r) => r.relation === 'definition' && r.act === o.act).map((r) => r.provision.replace(/\(.*$/, ''))];
  const list: SectionFootnotes[] = [];
  for (const n of [...new Set(sections)]) {
    const footnotes = await lookup(o.act, o.version, n);
    if (footnotes.length) list.push({ section: `s. ${n}`, footnotes });
  }
  return list;
}
