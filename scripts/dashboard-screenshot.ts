// Takes the README's screenshot of a running dashboard: `npm run dashboard:screenshot -- <url> [out.png]`.
import { launchBrowser } from '../test/helpers/browser';

async function main(): Promise<void> {
  const url = process.argv[2] ?? 'http://127.0.0.1:4000/dashboard/';
  const out = process.argv[3] ?? 'docs/dashboard.png';
  const width = Number(process.env.SHOT_WIDTH ?? 1440);
  const b = await launchBrowser();
  try {
    const page = await b.page(width, 900);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      `document.querySelectorAll('.panel').length > 0 && !document.querySelector('.panel[data-state="loading"]')`,
      { timeout: 30_000 },
    );
    await page.evaluate('document.fonts.ready');
    await page.screenshot({ path: out, fullPage: process.env.SHOT_FULL !== '0' });
    process.stdout.write(
      `wrote ${out}${b.problems.length ? `; problems: ${b.problems.join('; ')}` : ''}\n`,
    );
  } finally {
    await b.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exitCode = 1;
});
