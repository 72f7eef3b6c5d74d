// What the library holds by subject, and the laws it knows of but does not yet hold.
// A missing text is listed plainly, never filled in from memory.
export const SUBJECTS = [
  { id: 'trafficking', label: 'Trafficking in persons' },
  { id: 'smuggling', label: 'Smuggling of migrants' },
  { id: 'penal-code', label: 'Pakistan Penal Code: kidnapping, abduction, slavery and forced labour' },
  { id: 'bonded-labour', label: 'Bonded labour' },
] as const;

export interface MissingText { id: string; subject: string; title: string; jurisdiction: string; known: string }

export const MISSING_TEXTS: MissingText[] = [
  { id: 'sindh-blsa-2015', subject: 'bonded-labour', title: 'Sindh Bonded Labour System (Abolition) Act, 2015 (Sindh Act No. XX of 2016)', jurisdiction: 'Sindh', known: 'Replaces the federal Act of 1992 in Sindh.' },
  { id: 'kp-blsa-2015', subject: 'bonded-labour', title: 'Khyber Pakhtunkhwa Bonded Labour System (Abolition) Act, 2015', jurisdiction: 'Khyber Pakhtunkhwa', known: 'Replaces the federal Act of 1992 in Khyber Pakhtunkhwa.' },
  { id: 'punjab-blsa-amendment-2018', subject: 'bonded-labour', title: 'Punjab Bonded Labour System (Abolition) (Amendment) Act, 2018', jurisdiction: 'Punjab', known: 'Passed 16 May 2018, assented 21 May 2018, notified 24 May 2018; reported to change "bonded labour" to "bonded and forced labour", add "Punjab" to the short title and define "authorised officer".' },
  { id: 'ptpa-rules-2020', subject: 'trafficking', title: 'Prevention of Trafficking in Persons Rules, 2020', jurisdiction: 'Federal', known: 'Made under s. 15 of the Act.' },
  { id: 'psma-rules-2020', subject: 'smuggling', title: 'Prevention of Smuggling of Migrants Rules, 2020', jurisdiction: 'Federal', known: 'Made under s. 14 of the Act.' },
  { id: 'blsa-rules-1995', subject: 'bonded-labour', title: 'Bonded Labour System (Abolition) Rules, 1995', jurisdiction: 'Federal', known: 'Made under s. 21 of the Act.' },
];
