// HTTP tests of `first` on nested lists: the first items in the list's order, bounds checked.
import { data, firstError, useServer } from './api-helpers';

const url = useServer();

describe('first on nested lists', () => {
  it('returns the first reviews of a theme while reviewCount counts them all', async () => {
    // The Importance of History in Assessments: Anna, Simon, Grace, Charlie (newest first; README table).
    const d = await data<{ theme: { reviewCount: number; reviews: { title: string }[] } }>(
      url(),
      `{ theme(id: "the-importance-of-history-in-assessments") { reviewCount reviews(first: 2) { title } } }`,
    );
    expect(d.theme).toEqual({ reviewCount: 4, reviews: [{ title: 'Anna' }, { title: 'Simon' }] });
  });

  it('gives the first recurring reviews per theme under the filter', async () => {
    const d = await data<{ recurringThemes: { theme: { id: string }; reviews: unknown[] }[] }>(
      url(),
      `{ recurringThemes(minReviews: 4) { theme { id } reviews(first: 3) { title } } }`,
    );
    // Only The Importance of History in Assessments is raised by 4 reviews; the first 3 of them.
    expect(d.recurringThemes).toEqual([
      {
        theme: { id: 'the-importance-of-history-in-assessments' },
        reviews: [{ title: 'Anna' }, { title: 'Simon' }, { title: 'Grace' }],
      },
    ]);
  });

  it('refuses first outside 1 to 100 with BAD_USER_INPUT', async () => {
    expect(
      await firstError(
        url(),
        '{ agency(id: "x") { id } theme(id: "suicide-awareness") { reviews(first: 0) { title } } }',
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'first: expected an integer from 1 to 100, got 0',
    });
  });
});
