// The court bundle page: reads the selection (address first, then local storage), puts the
// chosen provisions together from the page's own <template>s (no fetch, so it works offline and
// from a downloaded copy), and lets the reader reorder and remove them with buttons that work
// from the keyboard. Every change is written back to the address and to storage.
import { parseSelection, parseRef, addRef, groupRefs, refsOf, moveGroup, removeFromGroups, formatSelection, type Group, type ProvisionIndex } from '../lib/bundle/selection.ts';
import { cite, citationClip, longDate, type CitableAct } from '../lib/citation-format.ts';
import { readStored, writeStored } from './bundle-store.ts';
import './cite.ts';

const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
const templates = new Map<string, HTMLTemplateElement>();
const index: ProvisionIndex = {};
for (const t of document.querySelectorAll<HTMLTemplateElement>('template[data-bundle-provision]')) {
  templates.set(t.dataset.bundleProvision!, t);
  index[t.dataset.bundleProvision!] = { pins: (t.dataset.pins ?? '').split(' ').filter(Boolean) };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** The Act's citation forms, as the provision's own markup carries them. */
function actOf(t: HTMLTemplateElement): CitableAct {
  const sec = t.content.querySelector<HTMLElement>('section.provision')!;
  return { fullTitle: '', abbreviation: '', citation: { long: sec.dataset.citeLong ?? '', short: sec.dataset.citeShort ?? '', headnote: sec.dataset.citeHeadnote ?? '' } };
}
const pinCite = (t: HTMLTemplateElement, pin: string) => t.content.querySelector<HTMLElement>(`.l[data-pin="${CSS.escape(pin)}"]`)?.dataset.cite ?? '';

// Read the selection.
const url = new URL(location.href);
const problems: string[] = [];
let refs = readStored();
let fromAddress = false;
if (url.searchParams.has('p')) {
  const parsed = parseSelection(url.searchParams.get('p'));
  problems.push(...parsed.problems);
  if (!parsed.problems.some((p) => p.includes('too long'))) { refs = parsed.refs; fromAddress = true; }
}
for (const a of url.searchParams.getAll('add').flatMap((v) => v.split(','))) {
  const r = parseRef(a);
  if (r) refs = addRef(refs, r);
  else problems.push(`“${a.slice(0, 60)}” is not a provision address (expected, for example, ptpa-2018/s3-2).`);
}
const grouped = groupRefs(refs, index);
let groups: Group[] = grouped.groups;
for (const u of grouped.unknown) problems.push(`This library has no provision at “${u}”, so it is not in the bundle. The address may be mistyped, or name a text the library does not hold.`);
if (problems.length) {
  const box = $('#bundle-problems');
  box.replaceChildren(el('p', {}, el('strong', {}, 'Some of this bundle could not be read:')), el('ul', {}, ...problems.map((p) => el('li', {}, p))));
  box.hidden = false;
}

function save() {
  const p = formatSelection(refsOf(groups));
  writeStored(refsOf(groups));
  const u = new URL(location.href);
  u.search = p ? `?p=${p}` : '';
  history.replaceState(null, '', u.href);
  $<HTMLAnchorElement>('#bundle-share').href = u.href;
}

function announce(text: string) { $('#bundle-status').textContent = text; }

function render(focus?: { index: number; action: string }) {
  const doc = $('#bundle-doc');
  const toc = $('#bundle-toc');
  doc.replaceChildren();
  toc.replaceChildren();
  $('#bundle-empty').hidden = groups.length > 0;
  $('#bundle-contents').hidden = groups.length === 0;
  $('#bundle-tools').hidden = groups.length === 0;
  const heads: string[] = [];
  groups.forEach((g, i) => {
    const t = templates.get(g.key)!;
    const act = actOf(t);
    const d = t.dataset;
    const n = i + 1;
    const earlier = d.earlier || undefined;
    const whole = citationClip(act, d.number!, '', { form: 'short', earlierVersion: earlier });
    const pins = g.pins.map((pin) => ({ pin, short: cite('short', act, d.number!, pinCite(t, pin)), long: cite('long', act, d.number!, pinCite(t, pin)) }));
    const id = `entry-${n}`;
    heads.push(`${pins.length ? pins.map((p) => p.short).join(', ') : whole} (to ${longDate(d.currentTo!)})`);
    toc.append(el('li', {}, el('a', { href: `#${id}` }, whole), ` — ${d.heading}`, pins.length ? el('span', { class: 'muted' }, `; pinpoints: ${pins.map((p) => p.short).join(', ')}`) : ''));

    const controls = el('p', { class: 'entry-controls no-print' });
    const button = (label: string, name: string, action: () => void, disabled = false) => {
      const b = el('button', { type: 'button', class: 'secondary', 'aria-label': name, 'data-action': label }, label);
      if (disabled) b.setAttribute('disabled', '');
      b.addEventListener('click', action);
      controls.append(b);
    };
    button('Move up', `Move ${whole} up`, () => { groups = moveGroup(groups, i, -1); save(); render({ index: i - 1, action: 'Move up' }); announce(`${whole} moved up to place ${i}.`); }, i === 0);
    button('Move down', `Move ${whole} down`, () => { groups = moveGroup(groups, i, 1); save(); render({ index: i + 1, action: 'Move down' }); announce(`${whole} moved down to place ${i + 2}.`); }, i === groups.length - 1);
    button('Remove', `Remove ${whole} from the bundle`, () => { groups = removeFromGroups(groups, g.key); save(); render({ index: Math.min(i, groups.length - 1), action: 'Remove' }); announce(`${whole} removed from the bundle.`); });
    for (const p of pins) button(`Remove ${p.short}`, `Remove the pinpoint ${p.short}`, () => { groups = removeFromGroups(groups, g.key, p.pin); save(); render({ index: i, action: 'Remove' }); announce(`Pinpoint ${p.short} removed; the section stays in the bundle.`); });

    const body = t.content.cloneNode(true) as DocumentFragment;
    body.querySelector('a[data-own-page]')?.remove();
    for (const p of g.pins) {
      for (const line of body.querySelectorAll<HTMLElement>('.l[data-pin]')) {
        if (line.dataset.pin === p || line.dataset.pin!.startsWith(`${p}-`)) line.classList.add('bundle-pin');
      }
      const first = body.querySelector<HTMLElement>(`.l[data-pin="${CSS.escape(p)}"] > .txt`);
      first?.prepend(el('span', { class: 'pin-tag', 'data-nocopy': '' }, 'Cited: '));
    }
    doc.append(el('article', { class: 'bundle-entry', id, 'aria-labelledby': `${id}-h` },
      el('header', {},
        el('h2', { id: `${id}-h` }, `${n}. ${whole} — ${d.heading}`),
        el('p', { class: 'bundle-meta' }, el('strong', {}, 'Citation: '), citationClip(act, d.number!, '', { form: 'long', earlierVersion: earlier }),
          pins.length ? '; ' : '', pins.length ? el('strong', {}, 'pinpoints: ') : '', pins.map((p) => p.long).join('; ')),
        el('p', { class: 'bundle-meta' }, el('strong', {}, 'Version: '), `${d.versionLabel}; text current to ${longDate(d.currentTo!)}. `, el('strong', {}, 'Source: '), `${d.source}. `,
          el('a', { href: t.content.querySelector('a[data-own-page]')?.getAttribute('href') ?? d.url!, class: 'no-print' }, 'Open on its own page')),
        controls),
      body));
  });
  const date = longDate(new Date().toISOString().slice(0, 10));
  $('#bundle-prepared').textContent = `Prepared on ${date} from the Pakistan Anti-Trafficking Law Library. Each provision gives its version and the date its text is current to.`;
  const head = `Court bundle: ${heads.join('; ')}`;
  document.documentElement.dataset.printHead = head.length > 220 ? `Court bundle of ${groups.length} provisions, prepared ${date}; each provision’s version and “text current to” date are given at its head` : head;
  if (focus && groups.length) {
    const entry = doc.children[Math.max(0, focus.index)];
    const target = entry?.querySelector<HTMLButtonElement>(`button[data-action="${focus.action}"]:not([disabled])`) ?? entry?.querySelector<HTMLButtonElement>('button:not([disabled])');
    target?.focus();
  } else if (focus) $('#bundle-empty a')?.focus();
}

$('#bundle-clear').addEventListener('click', () => { groups = []; save(); render(); announce('The bundle is now empty.'); });
if (fromAddress || url.searchParams.has('add') || groups.length) save();
render();
