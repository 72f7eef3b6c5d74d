// URLs read like citations and never change: /ptpa-2018/s3/, /ppc/s371a/, with #s3-2-a pinpoints.
// The current text has no version segment; an earlier one has its slug: /ptpa-2018/as-enacted/s3/.

export const sectionSlug = (number: string) => (number === 'preamble' ? 'preamble' : `s${number.toLowerCase()}`);

export function actUrl(act: string, versionSlug?: string) {
  return versionSlug ? `/${act}/${versionSlug}/` : `/${act}/`;
}

export function provisionUrl(act: string, number: string, versionSlug?: string) {
  return `${actUrl(act, versionSlug)}${sectionSlug(number)}/`;
}

export function compareUrl(act: string, number: string) {
  return `/${act}/${sectionSlug(number)}/compare/`;
}
