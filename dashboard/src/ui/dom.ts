// A tiny element builder: h('p', { class: 'x' }, 'text', child) instead of createElement chains.

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
export type Child = Node | string | number | null | undefined | false;

/** Creates an element; `on<event>` attributes become listeners, `false`/null attributes are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') {
      el.addEventListener(k.slice(2), v);
    } else {
      el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

/** Appends children (nested arrays flattened; null, undefined and false skipped). */
export function append(el: Element, children: Array<Child | Child[]>): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

/** Replaces every child of `el`. */
export function replace(el: Element, ...children: Array<Child | Child[]>): void {
  el.replaceChildren();
  append(el, children);
}

const numberFormat = new Intl.NumberFormat('en-GB');

/** 12345 -> "12,345". */
export function fmt(n: number): string {
  return numberFormat.format(n);
}

/** "n review(s)" with the right plural. */
export function reviewsText(n: number): string {
  return `${fmt(n)} review${n === 1 ? '' : 's'}`;
}
