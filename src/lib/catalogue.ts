// Labels for the subjects and jurisdictions the library is organised by.
export const SUBJECTS = [
  { id: 'trafficking', label: 'Trafficking in persons' },
  { id: 'smuggling', label: 'Smuggling of migrants' },
  { id: 'penal-code', label: 'Pakistan Penal Code: kidnapping, abduction, slavery and forced labour' },
  { id: 'bonded-labour', label: 'Bonded labour' },
] as const;

export const JURISDICTION_LABELS: Record<string, string> = {
  federal: 'Federal: the whole of Pakistan',
  islamabad: 'Islamabad Capital Territory',
  punjab: 'Punjab',
  sindh: 'Sindh',
  'khyber-pakhtunkhwa': 'Khyber Pakhtunkhwa',
  balochistan: 'Balochistan',
  'gilgit-baltistan': 'Gilgit-Baltistan',
};
