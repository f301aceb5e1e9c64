// Checks, before timing, that our API, the floor and @neo4j/graphql give the same answer.
import type { Driver } from 'neo4j-driver';
import { postGraphQL, runCypher } from './measure';
import type { Operation } from './operations';

/** Runs `op` once on each system and returns warnings naming every disagreement with our answer. */
export async function compareAnswers(
  op: Operation,
  urls: { ours: string; neo: string },
  driver: Driver,
): Promise<string[]> {
  const ours = op.keys.ours((await postGraphQL(urls.ours, op.ours)).data);
  const others: [string, string[]][] = [
    [
      'floor',
      op.keys.floor((await runCypher(driver, op.floor.cypher, op.floor.params)).data as unknown[]),
    ],
    ['@neo4j/graphql', op.keys.neo((await postGraphQL(urls.neo, op.neo)).data)],
  ];
  const warnings: string[] = [];
  for (const [name, keys] of others) {
    if (keys.length !== ours.length) {
      warnings.push(`${op.title}: ${name} returned ${keys.length} rows, ours ${ours.length}`);
      continue;
    }
    const i = keys.findIndex((k, j) => k !== ours[j]);
    if (i >= 0)
      warnings.push(
        `${op.title}: ${name} differs from ours at row ${i}: "${keys[i]}" vs "${ours[i]}"`,
      );
  }
  if (ours.length === 0)
    warnings.push(
      `${op.title}: every system returned nothing; the input does not exercise the query`,
    );
  return warnings;
}
