// All Cypher of the themes domain's queries: pages of themes.
import type { Db } from '../../db/database';
import { Label, Rel } from '../../db/schema';
import type { ThemeFilter } from '../../generated/graphql';
import {
  pageCypher,
  toConnection,
  type Connection,
  type CypherFilter,
  type PageRow,
  type PageWindow,
} from '../../shared/pagination';
import type { ThemeRecord } from './themes.model';

const { Theme, TaxonomyCategory } = Label;

/** Compiles a ThemeFilter to conditions on theme variable `t`. */
function themeFilterCypher(filter: ThemeFilter | null | undefined): CypherFilter {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.nameContains) {
    params.text = filter.nameContains.toLowerCase();
    conditions.push(
      `(toLower(t.name) CONTAINS $text OR any(a IN coalesce(t.aliases, []) WHERE toLower(a) CONTAINS $text))`,
    );
  }
  if (filter?.categoryIds?.length) {
    params.categoryIds = [...filter.categoryIds];
    conditions.push(
      `EXISTS { MATCH (t)-[:${Rel.MAPS_TO}]->(c:${TaxonomyCategory}) WHERE c.id IN $categoryIds }`,
    );
  }
  if (filter?.synthetic != null) {
    params.synthetic = filter.synthetic;
    conditions.push('coalesce(t.synthetic, false) = $synthetic');
  }
  return { conditions, params };
}

/** One page of the themes matching `filter`, by name, with the total count, in one query. */
export async function findThemePage(
  db: Db,
  filter: ThemeFilter | null | undefined,
  window: PageWindow,
): Promise<Connection<ThemeRecord>> {
  const f = themeFilterCypher(filter);
  const [row] = await db.read<PageRow<ThemeRecord>>(
    'theme.page',
    pageCypher({
      match: `(t:${Theme})`,
      conditions: f.conditions,
      orderBy: 'toLower(t.name), t.id',
      item: 't {.*}',
    }),
    { ...f.params, ...window },
  );
  return toConnection(row, window);
}
