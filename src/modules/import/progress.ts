// Progress reporting on stderr: a redrawn bar on a TTY, otherwise a line every ~10%.

/** Returns an `onProgress` callback that reports to `stream` (stderr by default). */
export function progressReporter(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number) => void {
  const started = Date.now();
  let lastDecile = -1;
  return (done, total) => {
    const fraction = total === 0 ? 1 : done / total;
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(fraction * width);
      const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
      stream.write(`\r${label} [${bar}] ${done}/${total} records, ${rate}/s`);
      if (done >= total) stream.write('\n');
      return;
    }
    const decile = Math.floor(fraction * 10);
    if (decile !== lastDecile || done >= total) {
      lastDecile = decile;
      stream.write(
        `${label}: ${done}/${total} records (${Math.round(fraction * 100)}%), ${rate}/s\n`,
      );
    }
  };
}
