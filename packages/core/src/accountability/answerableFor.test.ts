import { describe, expect, it } from 'vitest';
import { answerableFor } from './answerableFor.js';
import { parseFramework } from '../model/parseFramework.js';
import { meixiFramework } from '../model/_fixtures/meixi.js';

const parsed = parseFramework(meixiFramework());
if (!parsed.ok) throw new Error('the example city must parse');
const framework = parsed.value;

describe('answerableFor', () => {
  it("names the holder on the last day of a tenure and the successor on the next day, with the post's title", () => {
    expect(answerableFor(framework, 'deputy-mayor-env', '2025-06-30')).toEqual({
      post: 'deputy-mayor-env',
      person: 'li-ming',
      name: { zh: '李明', en: 'Li Ming' },
      title: { zh: '分管生态环境的副市长', en: 'Deputy mayor for ecology and environment' },
    });
    expect(answerableFor(framework, 'deputy-mayor-env', '2025-07-01')).toMatchObject({
      person: 'wang-fang',
      name: { zh: '王芳', en: 'Wang Fang' },
    });
  });

  it('says nobody, rather than the nearest holder, on a day the post was vacant', () => {
    expect(answerableFor(framework, 'deputy-mayor-env', '2021-02-28')).toEqual({
      post: 'deputy-mayor-env',
      person: null,
      name: null,
      title: null,
    });
  });
});
