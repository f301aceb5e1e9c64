// `npm run curriculum` exports the training plan from the seeded database as Markdown or CSV.
import { runCli } from '../helpers/process';

const runCurriculum = (...args: string[]) => runCli('src/modules/curriculum/cli.ts', ...args);

describe('npm run curriculum', () => {
  it('writes a Markdown plan, most recurrent theme first', () => {
    const { code, stdout } = runCurriculum('--format', 'markdown', '--max-modules', '2');
    expect(code).toBe(0);
    // By hand from the page: History in Assessments is raised by Simon, Anna, Grace and Charlie
    // (4 reviews), Suicide Awareness by Simon, Anna and Grace (3).
    const headings = stdout.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## 1. The Importance of History in Assessments',
      '## 2. Suicide Awareness',
    ]);
    expect(stdout).toContain('- Teach from: 7 Minute Briefing - Suicide Awareness');
  });

  it('writes CSV with a header row and one row per module', () => {
    const { code, stdout } = runCurriculum('--format', 'csv', '--max-modules', '3');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('The Importance of History in Assessments');
  });

  it('refuses an unknown format, saying what it expected', () => {
    const { code, stderr } = runCurriculum('--format', 'pdf');
    // A value the option does not accept is a bad command line: exit 2, like an unknown option.
    expect(code).toBe(2);
    expect(stderr).toContain('--format: expected markdown, csv or json, got "pdf"');
  });
});
