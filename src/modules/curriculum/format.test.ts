// Unit tests of the curriculum Markdown and CSV renderers (no database).
import { toCsv, toMarkdown, type CurriculumExport } from './format';

const sample: CurriculumExport = {
  reviewCount: 2,
  audienceSector: null,
  modules: [
    {
      position: 1,
      theme: { id: 'professional-curiosity', name: 'Professional Curiosity' },
      reviewCount: 2,
      years: [2020, 2022],
      reviews: [
        { title: 'Charlie', publishedOn: '2022-04' },
        { title: 'Alice and Beth', publishedOn: '2020-09' },
      ],
      briefings: [{ title: '7 Minute Briefing - Professional Curiosity', url: null }],
      teachAlongside: [{ name: 'Child Neglect, "and" more' }],
      learningPoints: [
        {
          text: 'Practitioners accepted explanations without checking them.',
          pageRef: 'p. 12',
          review: { title: 'Charlie' },
          source: { title: 'Charlie report', url: 'https://example.org/charlie.pdf' },
        },
      ],
    },
  ],
};

describe('curriculum export', () => {
  it('renders Markdown sections per module', () => {
    const md = toMarkdown(sample);
    expect(md).toContain('## 1. Professional Curiosity');
    expect(md).toContain('- Evidence: 2 review(s), 2020, 2022');
    expect(md).toContain('- Reviews: Charlie (2022-04); Alice and Beth (2020-09)');
    expect(md).toContain('- Teach from: 7 Minute Briefing - Professional Curiosity');
    expect(md).toContain(
      '- Learning points:\n  - Practitioners accepted explanations without checking them. (Charlie; [Charlie report](https://example.org/charlie.pdf), p. 12)',
    );
  });

  it('renders quoted CSV with a header', () => {
    expect(toCsv(sample).split('\r\n')).toEqual([
      'position,theme_id,theme,review_count,years,reviews,briefings,teach_alongside,learning_points',
      '1,professional-curiosity,Professional Curiosity,2,2020; 2022,Charlie; Alice and Beth,7 Minute Briefing - Professional Curiosity,"Child Neglect, ""and"" more",Practitioners accepted explanations without checking them. [https://example.org/charlie.pdf]',
      '',
    ]);
  });
});
