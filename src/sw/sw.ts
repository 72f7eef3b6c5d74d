/// <reference lib="webworker" />
// The service worker (bundled by scripts/service-worker.ts, which injects the precache list).
// - Precaching: every page, the CSS and JS, data and the whole Pagefind index, fetched six at a
//   time (Workbox fetches one at a time), telling every open page how far it has got, so the home
//   page can show progress and then "Ready offline".
// - Updates never replace what a reader sees unasked: a new build's worker waits until the page
//   sends SKIP_WAITING (the reader pressed "Load the newer text"; src/scripts/app-status.ts).
// - Answers: a precached file whatever its query string; a directory URL from its index.html; a
//   page address without its final slash by a redirect to the address with it (as the server
//   does), so /ppc/s371a and /ptpa-2018/s3#s3-2 open offline; other pages from the network,
//   and the cached 404 page when the network fails. Nothing is asked of any other origin.
import { PrecacheController, PrecacheRoute, cleanupOutdatedCaches } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

type ManifestEntry = string | { url: string; revision: string | null };
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ManifestEntry[] };
/** Set at bundle time: a hash of the precache list, and the newest date any Act's text is current to. */
declare const __BUILD__: { version: string; textCurrentTo: string };

const PARALLEL = 6;
const META_CACHE = 'library-copy-meta';
const META_KEY = `/__copy-meta/${__BUILD__.version}`;

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);
const entries = [...precache.getURLsToCacheKeys()];
const progress = { done: 0, total: entries.length, installed: false };

async function tell(message: object) {
  for (const c of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) c.postMessage(message);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      let next = 0;
      let told = 0;
      const fetchNext = async () => {
        while (next < entries.length) {
          const [url, cacheKey] = entries[next++];
          // A file without a content hash in its name is fetched past the HTTP cache, as Workbox does.
          const request = new Request(url, { credentials: 'same-origin', cache: cacheKey === url ? 'default' : 'reload' });
          // Already cached under the same revision: taken from the cache, not fetched again.
          await Promise.all(precache.strategy.handleAll({ params: { cacheKey }, request, event }));
          progress.done++;
          if (Date.now() - told > 250) {
            told = Date.now();
            void tell({ type: 'PRECACHE_PROGRESS', ...progress });
          }
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, fetchNext));
      progress.installed = true;
      const meta = await caches.open(META_CACHE);
      if (!(await meta.match(META_KEY))) await meta.put(META_KEY, new Response(JSON.stringify({ saved: new Date().toISOString() })));
      await tell({ type: 'PRECACHE_PROGRESS', ...progress });
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const meta = await caches.open(META_CACHE);
      for (const key of await meta.keys()) if (new URL(key.url).pathname !== META_KEY) await meta.delete(key);
      await self.clients.claim();
    })(),
  );
  // Removes files of earlier builds that this one no longer lists.
  void precache.activate(event);
});
cleanupOutdatedCaches();

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === 'GET_STATUS') {
    event.waitUntil(
      (async () => {
        const saved = await (await caches.open(META_CACHE)).match(META_KEY);
        const savedAt = saved ? ((await saved.json()) as { saved: string }).saved : undefined;
        event.ports[0]?.postMessage({ ...progress, ...__BUILD__, saved: savedAt });
      })(),
    );
  }
});

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// /ppc/s371a -> /ppc/s371a/ (the fragment stays with the browser), when that page is precached.
registerRoute(
  ({ request, url }) =>
    request.mode === 'navigate' && sameOrigin(url) && !url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname) &&
    precache.getCacheKeyForURL(`${url.pathname}/index.html`) !== undefined,
  async ({ url }) => Response.redirect(`${url.pathname}/${url.search}`, 301),
);

// No query parameter changes a file of a static site: /search/?q=…, /finder/?f=… and Pagefind's
// pagefind-entry.json?ts=… are answered from the cache.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html', cleanURLs: false }));

// Pages not in the precache: the network, and the cached 404 page when offline.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && sameOrigin(url),
  async ({ request }) => {
    try {
      return await fetch(request);
    } catch {
      return (await precache.matchPrecache('/404.html')) ?? Response.error();
    }
  },
);
