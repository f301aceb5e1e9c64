// The process's one logger: structured JSON lines (pino) on stderr, for operators to search.
import pino, { type Logger } from 'pino';
import { initialLogLevel } from '../config';

export type { Logger };

/**
 * The logger every module uses (never `console`). JSON lines on stderr, so that command-line
 * tools keep stdout for their output. Its level is `LOG_LEVEL` (default `info`; `silent` under
 * Jest unless LOG_LEVEL is set). Use `logger.child({ ... })` to bind fields such as a request id.
 */
export const logger: Logger = pino(
  {
    level: initialLogLevel(),
    base: { service: 'safeguarding-learning-graph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  pino.destination({ fd: 2, sync: true }),
);
