// For a Penal Code offence record, the amendment footnotes of its section and of the sections
// that define it (s. 375 for rape, s. 377A for sexual abuse), so that the finder and the offence
// pages can warn where earlier conduct may fall under earlier wording (versions/amendments.ts).
import type { OffenceData } from '../../schemas/index.ts';

export interface Footnote { id: string; text: string; opens?: boolean; encloses?: { id: string; cite: string }[] }
export interface SectionFootnotes { section: string; footnotes: Footnote[] }
type Lookup = (act: string, version: string, number: string) => Promise<Footnote[]>;

/**
 * The footnotes of the record's section and its defining sections (Penal Code only), each with the
 * section named. A record read from a line wholly inside an amendment's bracket (PPC s. 376(1A),
 * (3) and (4), "Ins. by Act XLIV of 2016"; s. 374(2), "added by … 1958") comes first, as that
 * line's own entry with the footnote marked as opening it: the line was inserted, so it did not
 * exist before the amending Act, though the section did.
 */
export async function recordFootnotes(o: Pick<OffenceData, 'act' | 'version' | 'provision' | 'related'> & { pinpoint?: string }, lookup: Lookup): Promise<SectionFootnotes[]> {
  if (o.act !== 'ppc') return [];
  const sections = [o.provision, ...o.related.filter((r) => r.relation === 'definition' && r.act === o.act).map((r) => r.provision.replace(/\(.*$/, ''))];
  const list: SectionFootnotes[] = [];
  for (const n of [...new Set(sections)]) {
    const footnotes = await lookup(o.act, o.version, n);
    if (n === o.provision && o.pinpoint) {
      const own = footnotes.flatMap((f) => (f.opens ? [] : (f.encloses ?? []).filter((l) => l.id === o.pinpoint).map((l) => ({ f, l }))));
      if (own.length) list.push({ section: `s. ${n}${own[0].l.cite}`, footnotes: own.map(({ f }) => ({ ...f, opens: true })) });
    }
    if (footnotes.length) list.push({ section: `s. ${n}`, footnotes });
  }
  return list;
}
