// Cite controls: each statute line's "cite" copies its pinpoint citation in the form the reader
// chose (full, short or headnote; optionally with the line's words and the "text current to"
// date), and offers to add the line to the court bundle. The citation box on a provision page
// cites the pinpoint the page is opened at (#s3-2), and follows the address as it changes.
// The citation text comes from src/lib/citation-format.ts, the one place the forms are written.
import { citationClip, CITE_FORMS, type CiteForm, type CitableAct } from '../lib/citation-format.ts';
import { addToStored } from './bundle-store.ts';
import './copy-clean.ts';

const PREFS_KEY = 'pk-law-cite';
interface Prefs { form: CiteForm; text: boolean; date: boolean }

function loadPrefs(): Prefs {
  try {
    const p = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Partial<Prefs>;
    return { form: CITE_FORMS.includes(p.form as CiteForm) ? (p.form as CiteForm) : 'short', text: p.text === true, date: p.date === true };
  } catch { return { form: 'short', text: false, date: false }; }
}
function savePrefs(p: Prefs) { try { localStorage.setItem(PREFS_KEY, JSON.stringify(p)); } catch { /* storage off: the choice lasts for this page */ } }
let prefs = loadPrefs();

const provisionOf = (el: Element) => el.closest<HTMLElement>('section.provision[data-cite-short]');
const actOf = (sec: HTMLElement): CitableAct => ({
  fullTitle: '', abbreviation: '',
  citation: { long: sec.dataset.citeLong ?? '', short: sec.dataset.citeShort ?? '', headnote: sec.dataset.citeHeadnote ?? '' },
});
const lineText = (line: HTMLElement) => (line.querySelector<HTMLElement>(':scope > .txt')?.innerText ?? '');

/** What a line's control copies, in the reader's chosen form. */
function clipFor(sec: HTMLElement, line: HTMLElement | null, form = prefs.form, extras = true) {
  return citationClip(actOf(sec), sec.dataset.number ?? '', line?.dataset.cite ?? '', {
    form,
    earlierVersion: sec.dataset.earlier,
    currentTo: extras && prefs.date ? sec.dataset.currentTo : undefined,
    text: extras && prefs.text && line ? lineText(line) : undefined,
  });
}

/** The bundle address of a line or of its whole section. */
function bundleAddress(sec: HTMLElement, line: HTMLElement | null) {
  const pin = line ? (line.dataset.pin ?? line.id) : sec.id;
  return `${sec.dataset.act}/${sec.dataset.versionSlug ? `${sec.dataset.versionSlug}/` : ''}${pin}`;
}

/** The bundle page's address as this copy of the site writes it (root-relative online, relative in the downloaded copy). */
function bundleUrl(address?: string) {
  const nav = document.querySelector<HTMLAnchorElement>('a[data-nav="bundle"]');
  const u = new URL(nav?.href ?? '/bundle/', location.href);
  if (address) u.searchParams.set('add', address);
  return u.href;
}

async function copyText(text: string): Promise<boolean> {
  try { await navigator.clipboard.writeText(text); return true; } catch { /* fall back below */ }
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.left = '-10000px';
  document.body.append(ta);
  ta.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  ta.remove();
  return ok;
}

// The toast: what was copied, "Add to bundle", close. One element for the page.
let toast: HTMLElement | undefined;
let toastTimer: number | undefined;
function showToast(message: string, address?: string) {
  if (!toast) {
    toast = document.createElement('div');
    toast.className = 'cite-toast';
    toast.setAttribute('role', 'status');
    document.body.append(toast);
    toast.addEventListener('focusin', () => clearTimeout(toastTimer));
  }
  const out = document.createElement('output');
  out.textContent = message;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  close.addEventListener('click', () => { toast!.hidden = true; });
  const parts: Node[] = [out];
  if (address && !document.querySelector('[data-bundle-doc]')) {
    const add = document.createElement('button');
    add.type = 'button';
    add.textContent = 'Add to bundle';
    add.addEventListener('click', () => {
      const n = addToStored(address);
      if (n === null) { location.href = bundleUrl(address); return; }
      const link = document.createElement('a');
      link.href = bundleUrl();
      link.textContent = `Added: open the bundle (${n})`;
      add.replaceWith(link);
      link.focus();
    });
    parts.push(add);
  }
  parts.push(close);
  toast.replaceChildren(...parts);
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => { if (toast && !toast.contains(document.activeElement)) toast.hidden = true; }, 12000);
}

// Every line's control.
document.addEventListener('click', async (e) => {
  const ctl = (e.target as Element).closest?.<HTMLAnchorElement>('a.cite-ctl');
  if (!ctl) return;
  const line = ctl.closest<HTMLElement>('.l');
  const sec = line && provisionOf(line);
  if (!line || !sec) return;
  e.preventDefault();
  const text = clipFor(sec, line);
  const ok = await copyText(text);
  for (const l of document.querySelectorAll('.l.is-cited')) l.classList.remove('is-cited');
  line.classList.add('is-cited');
  if (history.replaceState && !document.querySelector('[data-bundle-doc]')) history.replaceState(null, '', `#${line.id}`);
  followPinpoint();
  showToast(ok ? `Copied: ${text}` : `Select and copy: ${text}`, bundleAddress(sec, line));
  keepClear(line);
});

/**
 * The toast must not cover the line just cited (on a phone it takes the foot of the screen):
 * the page scrolls the line up above it, or, where the line is too tall for the room above the
 * toast, the toast moves to the top of the screen.
 */
function keepClear(line: HTMLElement) {
  if (!toast || toast.hidden) return;
  toast.classList.remove('at-top');
  const gap = 8;
  const t = toast.getBoundingClientRect();
  const l = line.getBoundingClientRect();
  if (l.bottom <= t.top - gap || l.top >= t.bottom) return;
  const room = t.top - gap;
  if (l.height <= room) window.scrollBy({ top: l.bottom - room, behavior: 'instant' as ScrollBehavior });
  else toast.classList.add('at-top');
}

// The citation box of a provision page.
const box = document.querySelector<HTMLElement>('.cite-box[data-cite-box]');
const boxSec = box ? document.querySelector<HTMLElement>(`section.provision[data-cite-short]`) : null;
let boxLine: HTMLElement | null = null;

function renderBox() {
  if (!box || !boxSec) return;
  for (const code of box.querySelectorAll<HTMLElement>('code[data-form]')) {
    code.textContent = citationClip(actOf(boxSec), boxSec.dataset.number ?? '', boxLine?.dataset.cite ?? '', { form: code.dataset.form as CiteForm, earlierVersion: boxSec.dataset.earlier });
    const copy = code.parentElement?.querySelector<HTMLButtonElement>('button.copy');
    if (copy) copy.dataset.copy = code.textContent;
  }
  const note = box.querySelector<HTMLElement>('[data-cite-target]');
  if (note) note.textContent = boxLine ? `Citing the line this address points to (#${boxLine.id}).` : 'Citing the whole section. To cite a sub-section or clause, use the “cite” beside it.';
  const add = box.querySelector<HTMLAnchorElement>('a[data-bundle-add]');
  if (add) {
    const address = bundleAddress(boxSec, boxLine);
    const u = new URL(add.href);
    u.searchParams.set('add', address);
    add.href = u.href;
    add.dataset.bundleAdd = address;
    add.textContent = boxLine ? 'Add this pinpoint to the bundle' : 'Add this section to the bundle';
  }
}

function followPinpoint() {
  if (!boxSec) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  boxLine = el && el.matches('.l') && boxSec.contains(el) ? el : null;
  renderBox();
}

if (box && boxSec) {
  for (const b of box.querySelectorAll<HTMLButtonElement>('button.copy')) {
    b.hidden = false;
    b.addEventListener('click', async () => {
      const ok = await copyText(b.dataset.copy ?? '');
      b.textContent = ok ? 'Copied' : 'Select the text to copy';
      setTimeout(() => (b.textContent = 'Copy'), 2000);
    });
  }
  // The reader's choice of form for the line controls.
  const fs = box.querySelector<HTMLFieldSetElement>('.cite-prefs');
  if (fs) {
    fs.hidden = false;
    for (const r of fs.querySelectorAll<HTMLInputElement>('input[name="cite-form"]')) r.checked = r.value === prefs.form;
    fs.querySelector<HTMLInputElement>('input[name="cite-text"]')!.checked = prefs.text;
    fs.querySelector<HTMLInputElement>('input[name="cite-date"]')!.checked = prefs.date;
    fs.addEventListener('change', () => {
      const form = fs.querySelector<HTMLInputElement>('input[name="cite-form"]:checked')?.value as CiteForm | undefined;
      prefs = { form: form ?? 'short', text: fs.querySelector<HTMLInputElement>('input[name="cite-text"]')!.checked, date: fs.querySelector<HTMLInputElement>('input[name="cite-date"]')!.checked };
      savePrefs(prefs);
    });
  }
  addEventListener('hashchange', followPinpoint);
  followPinpoint();
}

// "Add to bundle" links (they work without JavaScript through /bundle/?add=…).
document.addEventListener('click', (e) => {
  const a = (e.target as Element).closest?.<HTMLAnchorElement>('a[data-bundle-add]');
  if (!a || !a.dataset.bundleAdd) return;
  const n = addToStored(a.dataset.bundleAdd);
  if (n === null) return; // storage unavailable: follow the link
  e.preventDefault();
  const status = a.parentElement?.querySelector<HTMLElement>('[data-bundle-status]');
  if (status) {
    status.replaceChildren('Added. ', Object.assign(document.createElement('a'), { href: bundleUrl(), textContent: `Open the bundle (${n})` }));
  }
});
