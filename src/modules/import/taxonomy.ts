// The national theme taxonomy: 17 categories that local learning themes map to (seed/source/README.md).
import type { ImportThemeCategory } from './import-format';
import { slugify } from './ids';

const NAMES = [
  'Information sharing and communication',
  'Multi-agency coordination and planning',
  'Assessment, history and risk analysis',
  'Professional curiosity, challenge and escalation',
  'Voice and lived experience of the child',
  'Working with parents and carers',
  'Early help and access to services',
  'Leadership, supervision and workforce',
  'Equality, diversity, culture and language',
  'Neglect',
  'Domestic abuse',
  'Parental mental health and substance misuse',
  'Physical abuse, injury and vulnerable babies',
  'Child sexual abuse',
  'Harm outside the family and exploitation',
  'Child mental health, self-harm and suicide',
  'Education, disability and health needs',
] as const;

/** The 17 national categories, id = slug(name), e.g. `assessment-history-and-risk-analysis`. */
export const NATIONAL_THEME_CATEGORIES: readonly ImportThemeCategory[] = NAMES.map((name) => ({
  id: slugify(name),
  name,
}));
