// All Cypher of the agencies domain's queries: pages of agencies.
import type { Db } from '../../db/database';
import { Label } from '../../db/schema';
import type { AgencyFilter } from '../../generated/graphql';
import {
  pageCypher,
  toConnection,
  type Connection,
  type CypherFilter,
  type PageRow,
  type PageWindow,
} from '../../shared/pagination';
import type { AgencyRecord } from './agencies.model';

/** Compiles an AgencyFilter to conditions on agency variable `a`. */
function agencyFilterCypher(filter: AgencyFilter | null | undefined): CypherFilter {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.sectors?.length) {
    params.sectors = [...filter.sectors];
    conditions.push('a.sector IN $sectors');
  }
  if (filter?.nameContains) {
    params.text = filter.nameContains.toLowerCase();
    conditions.push('toLower(a.name) CONTAINS $text');
  }
  if (filter?.synthetic != null) {
    params.synthetic = filter.synthetic;
    conditions.push('coalesce(a.synthetic, false) = $synthetic');
  }
  return { conditions, params };
}

/** One page of the agencies matching `filter`, by name, with the total count, in one query. */
export async function findAgencyPage(
  db: Db,
  filter: AgencyFilter | null | undefined,
  window: PageWindow,
): Promise<Connection<AgencyRecord>> {
  const f = agencyFilterCypher(filter);
  const [row] = await db.read<PageRow<AgencyRecord>>(
    'agency.page',
    pageCypher({
      match: `(a:${Label.Agency})`,
      conditions: f.conditions,
      orderBy: 'toLower(a.name), a.id',
      item: 'a {.*}',
    }),
    { ...f.params, ...window },
  );
  return toConnection(row, window);
}
