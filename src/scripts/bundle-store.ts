// The court bundle's selection in local storage (the same "p" form as /bundle/?p=…), shared by
// the "Add to bundle" controls and the bundle page. Storage may be unavailable (private modes,
// some file:// copies): then adding still works through the bundle page's ?add= address.
import { parseSelection, formatSelection, addRef, parseRef, type BundleRef } from '../lib/bundle/selection.ts';

export const STORE_KEY = 'pk-law-bundle';

export function readStored(): BundleRef[] {
  try { return parseSelection(localStorage.getItem(STORE_KEY)).refs; } catch { return []; }
}

export function writeStored(refs: BundleRef[]): boolean {
  try { localStorage.setItem(STORE_KEY, formatSelection(refs)); return true; } catch { return false; }
}

/** Adds an address ("ptpa-2018/s3-2") to the stored bundle; returns how many it then holds, or null if storage failed. */
export function addToStored(address: string): number | null {
  const r = parseRef(address);
  if (!r) return null;
  const refs = addRef(readStored(), r);
  return writeStored(refs) ? refs.length : null;
}
