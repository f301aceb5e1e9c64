// The filter bar shared by every chart: period, review kinds, partnerships, real or synthetic data.
import type { DashboardMetaQuery, ReviewKind } from './gql/graphql';
import { kindLabel, type Filters } from './state';
import { h, replace } from './ui/dom';

type Meta = DashboardMetaQuery;

/** The filter form; `onChange` gets the new filters after every edit. */
export class FilterBar {
  readonly el: HTMLFormElement;
  private readonly from: HTMLInputElement;
  private readonly to: HTMLInputElement;
  private readonly kinds: HTMLDetailsElement;
  private readonly partnerships: HTMLDetailsElement;
  private readonly data: HTMLSelectElement;
  private readonly dataField: HTMLElement;
  private meta: Meta | null = null;
  private current: Filters;

  constructor(
    initial: Filters,
    private readonly onChange: (f: Filters) => void,
  ) {
    this.current = initial;
    const month = (id: string) =>
      h('input', {
        type: 'month',
        id,
        min: '2000-01',
        max: '2099-12',
        pattern: '\\d{4}-\\d{2}',
        placeholder: 'YYYY-MM',
      });
    this.from = month('f-from');
    this.to = month('f-to');
    for (const input of [this.from, this.to]) {
      input.addEventListener('change', () =>
        this.emit({ from: this.from.value || null, to: this.to.value || null }),
      );
    }
    this.kinds = h(
      'details',
      { class: 'dropdown', id: 'f-kinds' },
      h('summary', {}, 'Review kinds'),
    );
    this.partnerships = h(
      'details',
      { class: 'dropdown', id: 'f-partnerships' },
      h('summary', {}, 'Partnerships'),
    );
    this.data = h(
      'select',
      { id: 'f-data' },
      h('option', { value: 'all' }, 'Real and synthetic'),
      h('option', { value: 'real' }, 'Real reviews only'),
      h('option', { value: 'synthetic' }, 'Synthetic only'),
    );
    this.data.addEventListener('change', () =>
      this.emit({ data: this.data.value as Filters['data'] }),
    );
    this.dataField = h(
      'div',
      { class: 'field', hidden: true },
      h('label', { for: 'f-data' }, 'Data'),
      this.data,
    );
    const reset = h(
      'button',
      { type: 'button', id: 'f-reset', class: 'secondary' },
      'Reset filters',
    );
    reset.addEventListener('click', () =>
      this.emit({ from: null, to: null, kinds: [], partnerships: [], data: 'all' }),
    );
    this.el = h(
      'form',
      {
        id: 'filters',
        'aria-label': 'Filters for every chart',
        onsubmit: (e: Event) => e.preventDefault(),
      },
      h('div', { class: 'field' }, h('label', { for: 'f-from' }, 'Published from'), this.from),
      h('div', { class: 'field' }, h('label', { for: 'f-to' }, 'to'), this.to),
      h(
        'div',
        { class: 'field' },
        h('span', { class: 'label', 'aria-hidden': 'true' }, 'Kinds'),
        this.kinds,
      ),
      h(
        'div',
        { class: 'field' },
        h('span', { class: 'label', 'aria-hidden': 'true' }, 'Partnerships'),
        this.partnerships,
      ),
      this.dataField,
      h('div', { class: 'field' }, h('span', { class: 'label' }, '\u00a0'), reset),
    );
    this.set(initial);
  }

  /** Fills the choices the API offers (kinds from introspection, partnerships by name). */
  setMeta(meta: Meta): void {
    this.meta = meta;
    this.dataField.hidden = meta.syntheticReviews.totalCount === 0;
    this.buildKinds();
    this.buildPartnerships();
    this.set(this.current);
  }

  /** Shows `f` in the inputs (after a URL change or reset); keeps focus where it is. */
  set(f: Filters): void {
    this.current = f;
    this.from.value = f.from ?? '';
    this.to.value = f.to ?? '';
    this.data.value = f.data;
    for (const box of this.kinds.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      box.checked = f.kinds.includes(box.value as ReviewKind);
    }
    for (const box of this.partnerships.querySelectorAll<HTMLInputElement>(
      'input[type=checkbox]',
    )) {
      box.checked = f.partnerships.includes(box.value);
    }
    const kindCount = this.meta?.kinds?.enumValues?.length ?? 0;
    this.summary(
      this.kinds,
      f.kinds.length ? `${f.kinds.length} of ${kindCount || f.kinds.length} kinds` : 'All kinds',
      `Review kinds: ${f.kinds.length ? f.kinds.map(kindLabel).join(', ') : 'all'}`,
    );
    const names = f.partnerships.map(
      (id) => this.meta?.partnerships.find((p) => p.id === id)?.name ?? id,
    );
    this.summary(
      this.partnerships,
      names.length === 0
        ? 'All partnerships'
        : names.length === 1
          ? (names[0] as string)
          : `${names.length} chosen`,
      `Partnerships: ${names.length ? names.join(', ') : 'all'}`,
    );
  }

  private summary(d: HTMLDetailsElement, text: string, label: string): void {
    const s = d.querySelector('summary');
    if (!s) return;
    s.textContent = text;
    s.setAttribute('aria-label', label);
  }

  private emit(patch: Partial<Filters>): void {
    this.current = { ...this.current, ...patch };
    this.set(this.current);
    this.onChange(this.current);
  }

  private checked(d: HTMLDetailsElement): string[] {
    return [...d.querySelectorAll<HTMLInputElement>('fieldset input:checked')].map((i) => i.value);
  }

  private buildKinds(): void {
    const boxes = (this.meta?.kinds?.enumValues ?? []).map((k) => {
      const input = h('input', { type: 'checkbox', value: k.name });
      input.addEventListener('change', () =>
        this.emit({ kinds: this.checked(this.kinds) as ReviewKind[] }),
      );
      return h('label', { class: 'check', title: k.description ?? '' }, input, kindLabel(k.name));
    });
    replace(
      this.kinds,
      h('summary', {}, 'All kinds'),
      h('fieldset', { class: 'menu' }, h('legend', {}, 'Only reviews of these kinds'), boxes),
    );
  }

  private buildPartnerships(): void {
    const all = this.meta?.partnerships ?? [];
    const search = h('input', {
      type: 'search',
      class: 'menu-search',
      placeholder: 'Find a partnership',
      'aria-label': 'Find a partnership',
    });
    const boxes = all.map((p) => {
      const input = h('input', { type: 'checkbox', value: p.id });
      input.addEventListener('change', () =>
        this.emit({ partnerships: this.checked(this.partnerships) }),
      );
      return h(
        'label',
        { class: 'check', 'data-name': p.name.toLowerCase() },
        input,
        p.name,
        p.synthetic ? h('span', { class: 'badge synthetic' }, 'synthetic') : null,
      );
    });
    search.addEventListener('input', () => {
      const q = search.value.trim().toLowerCase();
      for (const b of boxes) b.hidden = q !== '' && !(b.dataset.name ?? '').includes(q);
    });
    replace(
      this.partnerships,
      h('summary', {}, 'All partnerships'),
      h(
        'div',
        { class: 'menu' },
        all.length > 8 ? search : null,
        h('fieldset', { class: 'scroll' }, h('legend', {}, 'Only reviews published by'), boxes),
      ),
    );
  }
}
