// Child process: generates HTTP load with autocannon, so the load generator never shares a process with a server.
import autocannon from 'autocannon';
import { serveParent, type Message } from '../child';

/** Runs `connections` keep-alive connections posting `body` to `url` for `seconds`. */
async function run(msg: Message): Promise<Message> {
  const result = await autocannon({
    url: String(msg.url),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: String(msg.body),
    connections: Number(msg.connections),
    duration: Number(msg.seconds),
  });
  const seconds = result.duration || Number(msg.seconds);
  const ok = result['2xx'];
  return {
    type: 'result',
    requestsPerSecond: ok / seconds,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

serveParent(async () => ({ type: 'ready' }), run);
