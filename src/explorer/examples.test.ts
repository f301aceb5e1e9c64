// Unit test: every explorer example is a valid operation of the schema, mutations included.
import { buildSchema, parse, validate } from 'graphql';
import { typeDefs } from '../modules';
import { EXAMPLE_TABS } from './examples';

describe('explorer examples', () => {
  const schema = buildSchema(typeDefs);

  it.each(EXAMPLE_TABS.map((t) => [t.query.split('\n')[0], t]))('%s is valid', (_title, tab) => {
    expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
  });

  it('gives every mutation tab an Authorization header to fill in', () => {
    const mutations = EXAMPLE_TABS.filter((t) => /^mutation /m.test(t.query));
    expect(mutations.length).toBeGreaterThanOrEqual(2);
    for (const tab of mutations) {
      expect(JSON.parse(tab.headers ?? '{}')).toEqual({
        Authorization: expect.stringMatching(/^Bearer </),
      });
    }
  });
});
