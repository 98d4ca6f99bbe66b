import { describe, expect, it } from 'vitest';
import { progressWording } from './progressWording.js';

const reason = {
  zh: '节点“试点”应于 2025-06-30 完成，已逾期 30 天',
  en: 'node "Pilot" was due 2025-06-30: 30 days overdue',
};

describe('progressWording', () => {
  it('words a task in progress by 序时进度: the share of time gone, the share done, and the band when the scheme has bands', () => {
    const task = { status: 'lagging' as const, reason, expected: 50.4, reported: 19.6, band: 'behind' as const };
    expect(progressWording(task, 'zh-CN')).toBe('序时进度 50%，完成 20%，滞后序时');
    expect(progressWording(task, 'en')).toBe('schedule 50%, done 20%, behind schedule');
    expect(progressWording({ ...task, band: null }, 'zh-CN')).toBe('序时进度 50%，完成 20%');
  });

  it('says a done task is done and an overdue one why, whatever the shares', () => {
    expect(progressWording({ status: 'done', reason, expected: 100, reported: 100, band: 'onPace' }, 'zh-CN')).toBe(
      '已完成',
    );
    expect(progressWording({ status: 'overdue', reason, expected: 100, reported: 40, band: 'behind' }, 'en')).toBe(
      reason.en,
    );
  });
});
