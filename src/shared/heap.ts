// Bounds how far the JavaScript heap grows between full collections (API_HEAP_GROWING_PERCENT).
import { setFlagsFromString } from 'node:v8';

/**
 * Sets V8's heap growing factor to 1 + percent/100 (0 leaves V8's own, which lets the old
 * generation reach about 4 times its live data before a full collection). Under 16 connections
 * almost all of the API's heap growth is finished responses waiting for that collection, so a
 * small factor keeps the peak near the live set (the analytics index and the loaded modules)
 * at the price of more frequent, short full collections. It scales with the live set, so a
 * large index is never squeezed the way a fixed `--max-old-space-size` cap would squeeze it.
 * V8 reads the flag whenever it sizes the heap, so it takes effect in a running process.
 */
export function tuneHeap(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
