// Copying statute text gives the words only: the cite controls, the citation shown beside a
// targeted line and the footnote markers stay behind, and each line starts on its own line.
// (The markers' numbers are CSS-drawn and the controls unselectable anyway; this handler makes
// the result the same in every browser.)
const SKIP = '.pin, sup.fn, .cite-text, .sr-only, [data-nocopy]';

document.addEventListener('copy', (e) => {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || !e.clipboardData) return;
  const range = sel.getRangeAt(0);
  const statutes = [...document.querySelectorAll('.statute')];
  if (!statutes.some((s) => range.intersectsNode(s))) return;
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  if (start?.closest('.cite-text') && range.endContainer.parentElement?.closest('.cite-text') === start.closest('.cite-text')) return;
  const holder = document.createElement('div');
  holder.append(range.cloneContents());
  for (const el of holder.querySelectorAll(SKIP)) el.remove();
  // innerText needs layout: measure off screen, then remove.
  holder.style.position = 'fixed';
  holder.style.left = '-10000px';
  holder.style.top = '0';
  holder.style.width = '40rem';
  holder.className = 'statute';
  document.body.append(holder);
  const text = holder.innerText.replace(/\n{3,}/g, '\n\n').trim();
  const html = holder.innerHTML;
  holder.remove();
  e.clipboardData.setData('text/plain', text);
  e.clipboardData.setData('text/html', html);
  e.preventDefault();
});
