// The name of the downloadable copy: one rule for the /download/ page and the build step.

/**
 * The zip's file name for a copy whose newest text is current to `textCurrentTo` (YYYY-MM-DD):
 * "pk-trafficking-law-library-2025-11-30.zip". Throws on a date not written YYYY-MM-DD.
 */
export function zipName(textCurrentTo: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(textCurrentTo)) throw new Error(`copy name: "${textCurrentTo}" is not a date written YYYY-MM-DD`);
  return `pk-trafficking-law-library-${textCurrentTo}.zip`;
}
