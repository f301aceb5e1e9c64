// The reviews behind a number: a dialog listing each review with links to its published documents.
import { ApiError } from '../api';
import type { ReviewItemFragment } from '../gql/graphql';
import { kindLabel } from '../state';
import { fmt, h, replace, reviewsText } from './dom';

/** What a drill-down loads: the reviews (at most a page) and how many there are in all. */
export interface ReviewList {
  total: number;
  reviews: ReviewItemFragment[];
  /** Shown under a review's title and place, e.g. the themes it shares with another. */
  extra?: (r: ReviewItemFragment) => Node | null;
}

let dialog: HTMLDialogElement | null = null;

function ensureDialog(): HTMLDialogElement {
  if (dialog) return dialog;
  const d = h('dialog', { id: 'drilldown', 'aria-labelledby': 'drilldown-title' });
  d.addEventListener('click', (e) => {
    // A click on the backdrop (outside the content box) closes the dialog.
    if (e.target === d) d.close();
  });
  document.body.append(d);
  dialog = d;
  return d;
}

/** One review: title, where and when it was published, its kind, and its documents as links. */
export function reviewItem(r: ReviewItemFragment, extra: Node | null = null): HTMLLIElement {
  const docs = r.documents.map((d) =>
    h(
      'li',
      {},
      d.url
        ? h('a', { class: 'doc-title', href: d.url, target: '_blank', rel: 'noopener' }, d.title)
        : h('span', { class: 'doc-title' }, d.title),
      h('span', { class: 'muted' }, ` · ${kindLabel(d.kind)}`),
    ),
  );
  return h(
    'li',
    { class: 'review', 'data-review-id': r.id },
    h('h3', {}, r.title, r.synthetic ? h('span', { class: 'badge synthetic' }, 'synthetic') : null),
    h(
      'p',
      { class: 'muted' },
      [
        r.partnership?.name ?? 'Partnership unknown',
        r.publishedOn ?? 'date unknown',
        kindLabel(r.kind),
      ].join(' · '),
    ),
    extra,
    docs.length
      ? h('ul', { class: 'documents' }, docs)
      : h('p', { class: 'muted' }, 'No documents recorded.'),
    r.sources.length
      ? h(
          'p',
          { class: 'sources' },
          'Published at: ',
          r.sources.flatMap((s, i) => [
            i > 0 ? ', ' : null,
            h('a', { href: s.url, target: '_blank', rel: 'noopener' }, s.title),
          ]),
        )
      : null,
  );
}

/** Opens the dialog titled `title` and fills it with what `load` returns (or its error). */
export function openDrilldown(title: string, load: () => Promise<ReviewList>): void {
  const d = ensureDialog();
  const body = h('div', { class: 'drill-body', role: 'status', 'aria-live': 'polite' }, 'Loading…');
  replace(
    d,
    h(
      'div',
      { class: 'drill-head' },
      h('h2', { id: 'drilldown-title' }, title),
      h(
        'button',
        { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => d.close() },
        '×',
      ),
    ),
    body,
  );
  if (!d.open) d.showModal();
  load().then(
    ({ total, reviews, extra }) => {
      const more =
        total > reviews.length
          ? h(
              'p',
              { class: 'muted' },
              `Showing the ${fmt(reviews.length)} newest of ${reviewsText(total)}.`,
            )
          : null;
      replace(
        body,
        h('p', { class: 'count' }, reviewsText(total)),
        more,
        h(
          'ul',
          { class: 'reviews' },
          reviews.map((r) => reviewItem(r, extra?.(r) ?? null)),
        ),
      );
    },
    (err: unknown) => {
      replace(
        body,
        h(
          'div',
          { class: 'error', role: 'alert' },
          h('strong', {}, 'The API could not list these reviews'),
          h('p', {}, (err as Error).message),
          err instanceof ApiError ? h('p', {}, 'Request id: ', h('code', {}, err.requestId)) : null,
        ),
      );
    },
  );
}
