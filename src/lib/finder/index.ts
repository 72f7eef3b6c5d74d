// The applicable-provisions finder: facts (facts.ts), the elements of a record (elements.ts),
// matching and ranking (find.ts), and the date and place a case is read in (scope.ts).
export * from './facts.ts';
export * from './elements.ts';
export * from './find.ts';
export * from './scope.ts';
