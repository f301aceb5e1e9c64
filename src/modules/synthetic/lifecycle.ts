// Synthetic case lifecycles: incident, notification, rapid review, findings and recommendation histories.
import type {
  AgeBand,
  HarmType,
  IncidentOutcome,
  RapidReviewDecision,
  ReviewKind,
} from '../../generated/graphql';
import { addWorkingDays } from '../../shared/working-days';
import type { ImportFinding, ReportedStatus } from '../import';
import type { Prng } from './prng';

/*
 * Proportions, from the national figures where they exist (national-scale shape, not facts):
 * - outcome: deaths were 37% to 49% of notifications in the Panel's recent years -> 45% deaths;
 * - age: about a quarter of notifications concern babies under 1;
 * - notification: most within the 5 working days, about 1 in 7 late;
 * - rapid review: most within 15 working days of notification, about 1 in 5 late;
 * - some dates unknown (a source that does not give them): about 1 in 10 of each.
 */
const AGE_BANDS: readonly AgeBand[] = [
  'UNDER_1',
  'UNDER_1',
  'UNDER_1',
  'AGE_1_TO_5',
  'AGE_1_TO_5',
  'AGE_6_TO_10',
  'AGE_11_TO_15',
  'AGE_11_TO_15',
  'AGE_11_TO_15',
  'AGE_16_TO_17',
  'AGE_16_TO_17',
];
const DEATH_HARMS: readonly HarmType[] = [
  'MALTREATMENT_WITHIN_FAMILY',
  'SUDI',
  'SUDI',
  'SUICIDE',
  'EXTRA_FAMILIAL_ASSAULT_OR_HOMICIDE',
  'NEGLECT',
];
const SERIOUS_HARMS: readonly HarmType[] = [
  'PHYSICAL_ABUSE',
  'PHYSICAL_ABUSE',
  'NON_ACCIDENTAL_INJURY',
  'NEGLECT',
  'SEXUAL_ABUSE_OR_EXPLOITATION',
  'CRIMINAL_EXPLOITATION',
  'EXTRAFAMILIAL_HARM',
];
const FINDING_OPENERS = [
  'Agencies did not share what they knew about',
  'Assessments did not weigh the history of',
  'Practitioners were not curious enough about',
  'Supervision did not challenge the plan on',
  'Escalation was slow when concerns about',
] as const;

const DAY_MS = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const msOf = (date: string): number =>
  Date.parse(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`);
const addDays = (date: string, days: number): string => iso(msOf(date) + days * DAY_MS);

/** The lifecycle fields of one synthetic review (import format). */
export interface SyntheticLifecycle {
  incident: {
    month: string;
    outcome: IncidentOutcome;
    harmTypes: HarmType[];
    ageBand: AgeBand;
  };
  awareOn: string | null;
  notifiedOn: string;
  rapidReview: { heldOn: string | null; decision: RapidReviewDecision } | null;
  commissionedOn: string | null;
}

const DECISION: Record<ReviewKind, RapidReviewDecision | null> = {
  CHILD_SAFEGUARDING_PRACTICE_REVIEW: 'LOCAL_CSPR',
  ALTERNATIVE_LEARNING_REVIEW: 'ALTERNATIVE_LEARNING_REVIEW',
  RAPID_REVIEW_LEARNING: 'NO_FURTHER_REVIEW',
  LEARNING_REVIEW: 'ALTERNATIVE_LEARNING_REVIEW',
  NATIONAL_REVIEW: 'NATIONAL_REVIEW',
  NOT_STATED: null,
  // Serious case reviews came before rapid reviews (from June 2018).
  SERIOUS_CASE_REVIEW: null,
};

/**
 * A lifecycle ending before `publishedOn`: aware 5 to 20 months before publication, notified
 * 1 to 5 working days later (about 1 in 7 late, 6 to 15), rapid review 5 to 15 working days after
 * notification (about 1 in 5 late, 16 to 30), commissioned within a month of the rapid review.
 */
export function syntheticLifecycle(
  rng: Prng,
  kind: ReviewKind,
  publishedOn: string,
): SyntheticLifecycle {
  const awareOn = addDays(publishedOn, -rng.int(150, 600));
  const notifiedOn = addWorkingDays(awareOn, rng.chance(0.14) ? rng.int(6, 15) : rng.int(1, 5));
  const decision =
    kind === 'CHILD_SAFEGUARDING_PRACTICE_REVIEW' && rng.chance(0.05)
      ? 'NATIONAL_REVIEW'
      : DECISION[kind];
  const heldOn = addWorkingDays(notifiedOn, rng.chance(0.2) ? rng.int(16, 30) : rng.int(5, 15));
  const outcome: IncidentOutcome = rng.chance(0.45) ? 'DEATH' : 'SERIOUS_HARM';
  const harms = outcome === 'DEATH' ? DEATH_HARMS : SERIOUS_HARMS;
  const incidentDay = addDays(awareOn, -(rng.chance(0.7) ? 0 : rng.int(1, 60)));
  return {
    incident: {
      month: incidentDay.slice(0, 7),
      outcome,
      harmTypes: [...new Set([rng.pick(harms), ...(rng.chance(0.3) ? [rng.pick(harms)] : [])])],
      ageBand: rng.pick(AGE_BANDS),
    },
    awareOn: rng.chance(0.1) ? null : awareOn,
    notifiedOn,
    rapidReview: decision === null ? null : { heldOn: rng.chance(0.1) ? null : heldOn, decision },
    commissionedOn:
      decision === 'LOCAL_CSPR' || decision === 'ALTERNATIVE_LEARNING_REVIEW'
        ? addDays(heldOn, rng.int(5, 30))
        : null,
  };
}

/** A synthetic finding on one of the review's themes, citing the partnership's synthetic source. */
export function syntheticFinding(
  rng: Prng,
  themes: readonly { id: string; name: string }[],
  sourceId: string,
): ImportFinding {
  const theme = rng.pick(themes);
  return {
    text: `${rng.pick(FINDING_OPENERS)} ${theme.name.toLowerCase()} (synthetic finding).`,
    themeIds: [theme.id],
    sourceId,
    pageRef: rng.chance(0.6) ? `p. ${rng.int(3, 60)}` : null,
  };
}

/** One entry of a synthetic status history. */
export interface SyntheticStatusChange {
  status: ReportedStatus;
  on: string;
}

/**
 * A target date and a status history, oldest first and none after `until` (the last day the
 * data describes): OPEN at publication; mostly IN_PROGRESS within six months; then COMPLETED
 * (about 55%), NOT_ACCEPTED (5%) or SUPERSEDED (3%); a few completed ones reopened. Targets fall
 * 6 to 18 months after publication, so recommendations still open past them are overdue.
 */
export function syntheticFollowUp(
  rng: Prng,
  publishedOn: string,
  until: string,
): { targetDate: string; statusHistory: SyntheticStatusChange[] } {
  const start = publishedOn.length === 7 ? `${publishedOn}-01` : publishedOn;
  const target = addDays(start, rng.int(180, 540));
  const history: SyntheticStatusChange[] = [{ status: 'OPEN', on: start }];
  let on = start;
  const next = (status: ReportedStatus, minDays: number, maxDays: number) => {
    on = addDays(on, rng.int(minDays, maxDays));
    if (on <= until) history.push({ status, on });
  };
  if (rng.chance(0.75)) next('IN_PROGRESS', 20, 180);
  const u = rng.next();
  if (u < 0.55) next('COMPLETED', 60, 500);
  else if (u < 0.6) next('NOT_ACCEPTED', 10, 120);
  else if (u < 0.63) next('SUPERSEDED', 100, 600);
  const last = history[history.length - 1];
  if (last?.status === 'COMPLETED' && rng.chance(0.04)) next('IN_PROGRESS', 30, 200);
  return { targetDate: rng.chance(0.5) ? target.slice(0, 7) : target, statusHistory: history };
}
