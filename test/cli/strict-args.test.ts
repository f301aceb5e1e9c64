// Every command-line tool refuses an option it does not know: it names it, prints its usage, exits 2.
import { runCli } from '../helpers/process';

describe('command-line tools', () => {
  it('npm run generate -- --reveiws 5 exits 2 and names --reveiws', () => {
    const { code, stderr } = runCli('src/modules/synthetic/cli.ts', '--reveiws', '5');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'unknown option --reveiws\nusage: npm run generate -- --reviews N --seed S --out <file.json> [--partnerships N]\n',
    );
  });

  it.each([
    ['src/modules/import/cli.ts', 'file.json', '--dry-rnu'],
    ['src/modules/import/export-cli.ts', 'graph.json', '--synthetic'],
    ['src/modules/curriculum/cli.ts', '--formt', 'csv'],
    ['seed/cli.ts', '--force'],
    ['seed/parse-cli.ts', '--out'],
    ['bench/run.ts', '--quik'],
    ['src/neo4j-local/cli.ts', 'build', '--fast'],
  ])('%s refuses an unknown option', (script, ...args) => {
    const { code, stderr } = runCli(script, ...args);
    const unknown = args.find((a) => a.startsWith('--'));
    expect(code).toBe(2);
    expect(stderr).toContain(`unknown option ${unknown}\n`);
    expect(stderr).toMatch(/usage: npm run /i);
  });
});
