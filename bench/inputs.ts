// Picks the concrete inputs every system is asked about, from the data actually loaded.
import type { Driver } from 'neo4j-driver';
import { toPlain } from '../src/db/values';
import type { Inputs } from './operations';

async function one(driver: Driver, cypher: string): Promise<Record<string, unknown>> {
  const { records } = await driver.executeQuery(cypher, {}, { database: 'neo4j', routing: 'READ' });
  if (!records[0]) throw new Error(`No row for input query: ${cypher}`);
  return toPlain(records[0].toObject()) as Record<string, unknown>;
}

/**
 * The (year, kind) with the most reviews; the review with the most links (so "everything linked"
 * and "similar" do real work); the word "neglect", which hits themes, briefings and recommendations;
 * and a co-occurrence cut of one review in 200, which keeps that answer a few hundred pairs.
 */
export async function pickInputs(driver: Driver): Promise<Inputs> {
  const yk = await one(
    driver,
    `MATCH (r:Review) WHERE r.publishedYear IS NOT NULL
     RETURN r.publishedYear AS year, r.kind AS kind, count(*) AS n ORDER BY n DESC, year DESC, kind LIMIT 1`,
  );
  const review = await one(
    driver,
    `MATCH (r:Review) RETURN r.id AS id ORDER BY COUNT { (r)--() } DESC, r.id LIMIT 1`,
  );
  const reviews = await one(driver, 'MATCH (r:Review) RETURN count(r) AS n');
  return {
    pairMinReviews: Math.max(2, Math.round(Number(reviews.n) / 200)),
    year: Number(yk.year),
    kind: String(yk.kind),
    reviewId: String(review.id),
    searchTerm: 'neglect',
  };
}
