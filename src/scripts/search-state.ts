// A search as its address holds it (?q=…&act=…&earlier=1&kind=…&jurisdiction=…&inforce=1), so a
// search can be shared, reloaded and gone back to. Shared by the site's search page and the
// downloaded copy's.

export interface SearchState { q: string; act: string; earlier: boolean; kind: string; jurisdiction: string; inforce: boolean }

/** The search an address's query string holds (`location.search`); missing fields are empty. */
export function readSearchState(search: string): SearchState {
  const p = new URLSearchParams(search);
  return { q: p.get('q') ?? '', act: p.get('act') ?? '', earlier: p.get('earlier') === '1', kind: p.get('kind') ?? '', jurisdiction: p.get('jurisdiction') ?? '', inforce: p.get('inforce') === '1' };
}

/** The query string for a search, without "?": empty fields are left out. */
export function searchQueryString(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.act) p.set('act', s.act);
  if (s.earlier) p.set('earlier', '1');
  if (s.kind) p.set('kind', s.kind);
  if (s.jurisdiction) p.set('jurisdiction', s.jurisdiction);
  if (s.inforce) p.set('inforce', '1');
  return p.toString();
}

/** The page title for a search: "Search: coercion · Pakistan Anti-Trafficking Law Library". */
export function searchTitle(q: string): string {
  return q ? `Search: ${q} · Pakistan Anti-Trafficking Law Library` : 'Search · Pakistan Anti-Trafficking Law Library';
}
