// Words for what a jurisdiction row rests on (content/jurisdictions.yaml `basis`).
import type { JURISDICTION_BASES } from '../../schemas/index.ts';

export const BASIS_LABELS: Record<(typeof JURISDICTION_BASES)[number], string> = {
  'text-held': 'Text held',
  'partial-text': 'Partial text (unverified copy)',
  'press-report': 'Press reports only',
  unverified: 'Unverified',
};
