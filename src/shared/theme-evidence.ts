// The evidence condition on review-theme links, shared by every question that counts links.
import type { ThemeEvidence } from '../generated/graphql';
import type { CypherFilter } from './pagination';

/**
 * A Cypher condition keeping only links (relationship variable `link`) whose evidence is one of
 * `evidence`, with its parameter `$ev_evidence`; null, undefined or an empty list keeps every link.
 */
export function evidenceCypher(
  link: string,
  evidence: readonly ThemeEvidence[] | null | undefined,
): { condition: string; params: { ev_evidence: ThemeEvidence[] | null } } {
  const list = evidence?.length ? [...new Set(evidence)].sort() : null;
  return {
    condition: `($ev_evidence IS NULL OR ${link}.evidence IN $ev_evidence)`,
    params: { ev_evidence: list },
  };
}

/** The evidence kinds as a canonical list (sorted, distinct) or null for all, for loader keys. */
export function evidenceScope(
  evidence: readonly ThemeEvidence[] | null | undefined,
): ThemeEvidence[] | null {
  return evidence?.length ? [...new Set(evidence)].sort() : null;
}

/** `f` with the evidence condition on link variable `link` added (same parameter name). */
export function withEvidence(
  f: CypherFilter,
  link: string,
  evidence: readonly ThemeEvidence[] | null | undefined,
): CypherFilter {
  const ev = evidenceCypher(link, evidence);
  return { conditions: [...f.conditions, ev.condition], params: { ...f.params, ...ev.params } };
}
