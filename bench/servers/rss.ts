// This process's memory: its resident set size sampled every 100 ms with the peak since the last
// reset, and the heap and typed arrays it retains after full collections.

/** Peak-RSS tracker of the current process. */
export interface RssSampler {
  /** Highest RSS seen since start or the last reset, in bytes. */
  peak(): number;
  /** Highest RSS seen since the process started, in bytes. */
  overall(): number;
  /** Starts a new observation window at the current RSS. */
  reset(): void;
  stop(): void;
}

/** Starts sampling `process.memoryUsage.rss()` every `intervalMs`. */
export function sampleRss(intervalMs = 100): RssSampler {
  let max = process.memoryUsage.rss();
  let all = max;
  const timer = setInterval(() => {
    max = Math.max(max, process.memoryUsage.rss());
    all = Math.max(all, max);
  }, intervalMs);
  timer.unref();
  return {
    peak: () => Math.max(max, process.memoryUsage.rss()),
    overall: () => Math.max(all, process.memoryUsage.rss()),
    reset: () => {
      max = process.memoryUsage.rss();
    },
    stop: () => clearInterval(timer),
  };
}

/** Heap plus array buffers after full collections (needs `--expose-gc`; without it, no collection). */
export function retainedBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}
