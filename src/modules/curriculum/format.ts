// Renders a curriculum as a Markdown training plan or as CSV, for the curriculum CLI.

/** A curriculum as the CLI's GraphQL operation returns it. */
export interface CurriculumExport {
  reviewCount: number;
  audienceSector: string | null;
  modules: {
    position: number;
    theme: { id: string; name: string };
    reviewCount: number;
    years: number[];
    reviews: { title: string; publishedOn: string | null }[];
    briefings: { title: string; url: string | null }[];
    teachAlongside: { name: string }[];
    learningPoints: {
      text: string;
      pageRef: string | null;
      review: { title: string };
      source: { title: string; url: string };
    }[];
  }[];
}

/** A Markdown training plan: one section per module, most recurrent first. */
export function toMarkdown(c: CurriculumExport): string {
  const lines = [
    '# Safeguarding training curriculum',
    '',
    `Built from ${c.reviewCount} case review(s)${c.audienceSector ? ` for the ${c.audienceSector} sector` : ''}; ` +
      'modules ordered by how many reviews raised the theme.',
    '',
  ];
  for (const m of c.modules) {
    lines.push(`## ${m.position}. ${m.theme.name}`, '');
    lines.push(`- Evidence: ${m.reviewCount} review(s), ${m.years.join(', ') || 'dates unknown'}`);
    lines.push(
      `- Reviews: ${m.reviews.map((r) => (r.publishedOn ? `${r.title} (${r.publishedOn})` : r.title)).join('; ')}`,
    );
    const briefings = m.briefings.map((b) => (b.url ? `[${b.title}](${b.url})` : b.title));
    lines.push(`- Teach from: ${briefings.join('; ') || 'no 7-minute briefing yet'}`);
    lines.push(`- Teach alongside: ${m.teachAlongside.map((t) => t.name).join('; ') || 'none'}`);
    lines.push(
      `- Learning points: ${m.learningPoints.length ? '' : 'no finding recorded yet'}`.trimEnd(),
    );
    for (const p of m.learningPoints)
      lines.push(`  - ${p.text} (${p.review.title}; ${citation(p)})`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The source of a learning point as a Markdown link, with the page when known. */
function citation(p: CurriculumExport['modules'][number]['learningPoints'][number]): string {
  return `[${p.source.title}](${p.source.url})${p.pageRef ? `, ${p.pageRef}` : ''}`;
}

/** Quotes one CSV field (RFC 4180). */
function csvField(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV, one row per module; list cells are joined with "; ". */
export function toCsv(c: CurriculumExport): string {
  const header = [
    'position',
    'theme_id',
    'theme',
    'review_count',
    'years',
    'reviews',
    'briefings',
    'teach_alongside',
    'learning_points',
  ];
  const rows = c.modules.map((m) => [
    m.position,
    m.theme.id,
    m.theme.name,
    m.reviewCount,
    m.years.join('; '),
    m.reviews.map((r) => r.title).join('; '),
    m.briefings.map((b) => b.title).join('; '),
    m.teachAlongside.map((t) => t.name).join('; '),
    m.learningPoints.map((p) => `${p.text} [${p.source.url}]`).join('; '),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
