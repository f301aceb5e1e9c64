// Unit tests of Lucene escaping: user text is searched literally (no database).
import { escapeLucene } from './lucene';

describe('escapeLucene', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c && d || !e (f) {g} [h] ^i "j" ~k *l ?m :n \\o /p')).toBe(
      'a\\+b\\-c \\&\\& d \\|\\| \\!e \\(f\\) \\{g\\} \\[h\\] \\^i \\"j\\" \\~k \\*l \\?m \\:n \\\\o \\/p',
    );
  });

  it('neutralises operator words and trims whitespace', () => {
    expect(escapeLucene('  history AND  voice NOT OR  ')).toBe('history and voice not or');
  });

  it('leaves plain words alone', () => {
    expect(escapeLucene('professional curiosity')).toBe('professional curiosity');
  });
});
