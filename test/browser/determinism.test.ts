import { describe, expect, it } from 'vitest';
import { assessExamples } from '../support/assessExamples.js';
import digests from '../fixtures/assessment-digests.json' with { type: 'json' };

async function sha(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

describe('assessments in Chromium', () => {
  it('are byte-identical to the ones Node computes (same SHA-256 as test/fixtures/assessment-digests.json)', async () => {
    const read = async (path: string) => {
      const response = await fetch(`/${path}`);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.text();
    };
    const r = await assessExamples(read);
    expect(navigator.userAgent).toMatch(/Chrome/);
    expect({ meixi: await sha(r.meixi), sdr2025: await sha(r.sdr2025) }).toEqual(digests);
  });
});
