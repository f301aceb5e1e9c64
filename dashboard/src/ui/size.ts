// Panel widths as the browser last laid them out, so that drawing a chart never forces a layout.

const widths = new WeakMap<Element, number>();

/**
 * Records each watched element's `clientWidth` after every layout that resizes it. A
 * ResizeObserver runs after layout and before paint, so reading the width there costs nothing,
 * whereas reading it while drawing (after other panels wrote to the DOM) makes the browser lay
 * out the whole page again, once per chart.
 */
const observer =
  typeof ResizeObserver === 'function'
    ? new ResizeObserver((entries) => {
        for (const e of entries) widths.set(e.target, (e.target as HTMLElement).clientWidth);
      })
    : null;

/** Starts recording `el`'s width. */
export function watchWidth(el: HTMLElement): void {
  observer?.observe(el);
}

/** `el`'s width at its last layout; read from the element when not yet recorded. */
export function laidOutWidth(el: HTMLElement): number {
  return widths.get(el) ?? el.clientWidth;
}
