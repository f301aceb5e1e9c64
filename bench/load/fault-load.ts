// Child process for the fault run: `connections` loops posting GraphQL bodies in turn for
// `seconds` (longer if the database has not recovered by then), recording every request's
// start, end and outcome (the answer's error code, if any).
import { serveParent, type Message } from '../child';

/**
 * One request: [start ms, end ms] (wall clock, `Date.now()`), the outcome (`ok`, an error's
 * `extensions.code`, `HTTP <status>` or `network`), and the Cypher queries it ran.
 */
export type Sample = [start: number, end: number, outcome: string, queries: number];

interface Answer {
  errors?: { extensions?: { code?: string } }[];
  extensions?: { db?: { queries?: number } };
}

async function once(url: string, body: string): Promise<[string, number]> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let answer: Answer = {};
    try {
      answer = JSON.parse(text) as Answer;
    } catch {
      return [`HTTP ${res.status}`, 0];
    }
    const queries = answer.extensions?.db?.queries ?? 0;
    const code = answer.errors?.[0]?.extensions?.code;
    if (answer.errors?.length) return [code ?? 'error without code', queries];
    return [res.ok ? 'ok' : `HTTP ${res.status}`, queries];
  } catch (err) {
    return [(err as Error).name === 'TimeoutError' ? 'client timeout (30 s)' : 'network', 0];
  }
}

async function run(msg: Message): Promise<Message> {
  const url = String(msg.url);
  const bodies = msg.bodies as string[];
  const until = Date.now() + Number(msg.seconds) * 1000;
  // Past `seconds`, go on until an answer from the database arrives for a request sent after
  // `faultAt` (the recovery is then measured, not cut off), but never past `maxSeconds`.
  const faultAt = Number(msg.faultAt);
  const hardStop = Date.now() + Number(msg.maxSeconds) * 1000;
  let recovered = false;
  const samples: Sample[] = [];
  let next = 0;
  const loop = async () => {
    for (;;) {
      const now = Date.now();
      if (now >= hardStop || (now >= until && recovered)) return;
      const body = bodies[next++ % bodies.length] as string;
      const [outcome, queries] = await once(url, body);
      samples.push([now, Date.now(), outcome, queries]);
      if (now > faultAt && outcome === 'ok' && queries > 0) recovered = true;
    }
  };
  await Promise.all(Array.from({ length: Number(msg.connections) }, loop));
  return { type: 'result', samples };
}

serveParent(async () => ({ type: 'ready' }), run);
