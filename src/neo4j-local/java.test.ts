// Unit tests: reading the Java major version from `java -version` output.
import { parseJavaMajor } from './java';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "25.0.1" 2025-10-21', 25],
  ])('reads %s as %d', (text, major) => {
    expect(parseJavaMajor(text)).toBe(major);
  });

  it('returns null when there is no version', () => {
    expect(parseJavaMajor('command not found')).toBeNull();
  });
});
