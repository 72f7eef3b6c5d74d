// The ways a section number is written, for the hidden search words of a provision page.

/** "371A" -> "371-A 371A s.371-A s.371A"; "3" -> "3 s.3"; "preamble" -> "preamble". */
export function citationForms(number: string) {
  if (number === 'preamble') return 'preamble';
  const practice = number.replace(/^(\d+)([A-Z])$/, '$1-$2');
  return [...new Set([practice, number, `s.${practice}`, `s.${number}`])].join(' ');
}
