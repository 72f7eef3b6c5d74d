// What the installed app tells the reader about its offline copy: pure wording, tested in
// tests/unit/offline-status-text.test.ts, used by src/scripts/app-status.ts.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-11-30" or an ISO date-time -> "30 November 2025"; anything else is returned unchanged. */
export function longDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return iso ?? '';
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

export interface CopyStatus {
  /** Files precached so far, and in all. */
  done: number;
  total: number;
  installed: boolean;
  /** Newest date an Act's text is current to (YYYY-MM-DD). */
  textCurrentTo: string;
  /** When this device saved the copy (ISO date-time), once it has. */
  saved?: string;
}

/** The home page's line while the library is being saved for offline use, and once it is. */
export function readinessText(s: CopyStatus): string {
  if (s.installed) {
    return `Ready offline: ${longDate(s.textCurrentTo)}. The whole library, search included, is saved on this device${s.saved ? ` (saved ${longDate(s.saved)})` : ''} and opens without a network.`;
  }
  const pct = s.total ? Math.floor((100 * s.done) / s.total) : 0;
  return `Saving the library for offline use: ${s.done} of ${s.total} files (${pct}%). You can keep reading meanwhile.`;
}

/** The notice on a page shown from the saved copy while the device is offline. */
export function offlineCopyText(s: Pick<CopyStatus, 'textCurrentTo' | 'saved'>): string {
  const saved = s.saved ? `saved on this device on ${longDate(s.saved)}` : 'saved on this device';
  return `You are offline: this page is from the copy of the library ${saved}, with text current to ${longDate(s.textCurrentTo)}. A newer text may have been published since; check the library online before relying on it.`;
}

export const UPDATE_TEXT = 'A newer text of the library is available.';
export const UPDATE_BUTTON = 'Load the newer text';
