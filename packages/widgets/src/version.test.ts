import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { VERSION } from './version.js';

describe('VERSION', () => {
  it('equals the version in package.json', () => {
    expect(VERSION).toBe(pkg.version);
  });
});
