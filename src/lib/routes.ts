// Every page under /<act>/: Act pages per version, provision pages per version, and a comparison
// page for each provision whose text differs between versions.
import { getActs, versionsOf, getProvisions, type Act, type Version, type ProvisionEntry } from './library.ts';
import { sectionSlug } from './urls.ts';

export type RouteProps =
  | { page: 'act'; act: Act; version: Version }
  | { page: 'provision'; act: Act; version: Version; entry: ProvisionEntry; prev?: ProvisionEntry; next?: ProvisionEntry }
  | { page: 'compare'; act: Act; number: string };

export async function actRoutes() {
  const routes: { params: { act: string; path: string | undefined }; props: RouteProps }[] = [];
  for (const act of await getActs()) {
    const versions = versionsOf(act);
    const numbers = new Set<string>();
    for (const version of versions) {
      const base = version.current ? '' : `${version.slug}/`;
      routes.push({ params: { act: act.id, path: base ? base.slice(0, -1) : undefined }, props: { page: 'act', act, version } });
      const list = await getProvisions(act.id, version.id);
      list.forEach((entry, i) => {
        numbers.add(entry.data.number);
        routes.push({
          params: { act: act.id, path: `${base}${sectionSlug(entry.data.number)}` },
          props: { page: 'provision', act, version, entry, prev: list[i - 1], next: list[i + 1] },
        });
      });
    }
    if (versions.length > 1) {
      for (const number of numbers) routes.push({ params: { act: act.id, path: `${sectionSlug(number)}/compare` }, props: { page: 'compare', act, number } });
    }
  }
  return routes;
}
