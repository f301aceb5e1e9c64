// Samples this process's resident set size every 100 ms and keeps the peak since the last reset.

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
