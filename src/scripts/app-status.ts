// The installed app's honesty about its saved copy (every page; see src/components/AppStatus.astro).
// - Registers the service worker with workbox-window. A new build is found on the next online
//   visit; its worker waits, and the page says "A newer text of the library is available" with a
//   button that lets it take over (SKIP_WAITING) and reloads onto the newer text.
// - A page shown from the saved copy while offline says the date of that copy and that newer text
//   may exist.
// - The home page's #offline-ready line shows the saving progress, then "Ready offline: <date>".
// - Opened from a downloaded copy (file://) nothing is registered: the line says the copy already
//   works without a network and that installing needs the live library.
import { Workbox } from 'workbox-window';
import { readinessText, offlineCopyText, UPDATE_TEXT, type CopyStatus } from '../lib/offline/status-text.ts';

const notice = document.getElementById('app-notice');
const noticeText = document.getElementById('app-notice-text');
const noticeButton = document.getElementById('app-notice-reload') as HTMLButtonElement | null;
const ready = document.getElementById('offline-ready');

function show(text: string, kind: 'update' | 'offline', button = false) {
  if (!notice || !noticeText || !noticeButton) return;
  noticeText.textContent = text;
  notice.dataset.kind = kind;
  noticeButton.hidden = !button;
  notice.hidden = false;
}

function readyLine(text: string, state: string) {
  if (!ready) return;
  ready.textContent = text;
  ready.dataset.state = state;
}

if (location.protocol === 'file:') {
  readyLine(ready?.dataset.fileText ?? 'This is a downloaded copy: it already works without a network.', 'file');
} else if (!('serviceWorker' in navigator)) {
  readyLine('This browser cannot save the library for offline use. The downloadable copy works without a network instead.', 'unsupported');
} else {
  const wb = new Workbox('/sw.js');
  let asked = false;
  let offered = false;
  const offerUpdate = () => {
    if (offered) return;
    offered = true;
    show(UPDATE_TEXT, 'update', true);
  };
  noticeButton?.addEventListener('click', () => {
    asked = true;
    noticeButton.disabled = true;
    noticeButton.textContent = 'Loading the newer text…';
    // The waiting worker takes over; "controlling" then reloads the page onto the newer text.
    wb.messageSkipWaiting();
  });
  wb.addEventListener('waiting', offerUpdate);
  wb.addEventListener('controlling', (e) => {
    if (!e.isUpdate) return;
    // Another tab may have loaded the newer text: this page still shows the old one.
    if (asked) location.reload();
    else offerUpdate();
  });

  const statusOf = async (sw: ServiceWorker | null | undefined) => {
    if (!sw) return undefined;
    return new Promise<CopyStatus | undefined>((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = (e) => resolve(e.data as CopyStatus);
      sw.postMessage({ type: 'GET_STATUS' }, [ch.port2]);
      setTimeout(() => resolve(undefined), 5000);
    });
  };
  const showReady = async () => {
    const s = await statusOf((await navigator.serviceWorker.getRegistration())?.active);
    if (s?.installed) readyLine(readinessText(s), 'ready');
    return s;
  };
  const offline = async () => {
    if (!navigator.serviceWorker.controller || offered) return;
    const s = await statusOf(navigator.serviceWorker.controller);
    if (s && !offered) show(offlineCopyText(s), 'offline');
  };

  navigator.serviceWorker.addEventListener('message', (e: MessageEvent) => {
    const d = e.data as ({ type?: string } & CopyStatus) | null;
    if (d?.type !== 'PRECACHE_PROGRESS') return;
    // The first save is shown as it goes; an update's saving is not (the reader already has a copy).
    if (!navigator.serviceWorker.controller && !d.installed) readyLine(readinessText(d), 'saving');
  });
  navigator.serviceWorker.startMessages();
  navigator.serviceWorker.addEventListener('controllerchange', () => void showReady());

  void (async () => {
    const hadController = Boolean(navigator.serviceWorker.controller);
    if (!hadController) readyLine('Saving the library for offline use…', 'saving');
    // Registration can be refused (private windows, blocked by policy): the site still reads online.
    const reg = await wb.register().catch(() => undefined);
    if (!reg) {
      readyLine('This browser did not let the library save itself for offline use. The downloadable copy works without a network instead.', 'unsupported');
      return;
    }
    if (hadController) {
      void showReady();
      if (!navigator.onLine) void offline();
      // The browser also checks on navigation; asking here makes a failed check (offline) visible. The notice
      // records the outcome (data-checked), so that a test can tell "checked, nothing to say" from "not yet".
      else reg.update().then(() => { if (notice) notice.dataset.checked = 'online'; }, () => { if (notice) notice.dataset.checked = 'offline'; void offline(); });
    }
  })();
  addEventListener('offline', () => void offline());
}
