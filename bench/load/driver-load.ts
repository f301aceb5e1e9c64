// Child process: the floor's load, N concurrent driver sessions each running one Cypher in a loop.
import { createDriver } from '../../src/db/connect';
import { serveParent, type Message } from '../child';

const driver = createDriver(process.env.BENCH_NEO4J_URI ?? '', 'neo4j', 'neo4j');

/** Runs `cypher` in read transactions from `connections` loops for `seconds`; counts completions. */
async function run(msg: Message): Promise<Message> {
  const cypher = String(msg.cypher);
  const params = msg.params as Record<string, unknown>;
  const until = Date.now() + Number(msg.seconds) * 1000;
  let done = 0;
  let errors = 0;
  const loop = async () => {
    while (Date.now() < until) {
      const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
      try {
        await session.executeRead(async (tx) =>
          (await tx.run(cypher, params)).records.map((r) => r.toObject()),
        );
        done += 1;
      } catch {
        errors += 1;
      } finally {
        await session.close();
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: Number(msg.connections) }, loop));
  return {
    type: 'result',
    requestsPerSecond: done / ((Date.now() - started) / 1000),
    requests: done,
    errors,
  };
}

serveParent(
  async () => ({ type: 'ready' }),
  run,
  () => driver.close(),
);
