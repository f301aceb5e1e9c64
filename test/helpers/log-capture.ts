// A pino logger that keeps its JSON lines in memory, for tests that read what was logged.
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger } from '../../src/shared/logger';

/** A logger at `level` and the parsed lines it has written so far. */
export function captureLogs(level = 'debug'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}
