import { describe, expect, it } from 'vitest';
import { exampleNamed, toExamples } from './examples.ts';

describe('toExamples', () => {
  it('names examples after their file, describes them by their first comment, default first', () => {
    const ex = toExamples({
      '../../configs/pod-crash.toml': '# Pod crash: replicas die\n# more\n[general]\n',
      '../../configs/config.toml': '\n#   Configuration for chaos\n[general]\n',
      '../../configs/bare.toml': '[general] # not a description\n',
    });
    expect(ex.map((e) => [e.name, e.description])).toEqual([
      ['config', 'Configuration for chaos'],
      ['bare', undefined],
      ['pod-crash', 'Pod crash: replicas die'],
    ]);
  });

  it('finds the example a text came from', () => {
    const ex = toExamples({ 'a/x.toml': 'X', 'a/y.toml': 'Y' });
    expect(exampleNamed(ex, 'Y')).toBe('y');
    expect(exampleNamed(ex, 'Y edited')).toBeUndefined();
  });
});
