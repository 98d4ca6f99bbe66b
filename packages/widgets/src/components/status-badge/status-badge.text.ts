/** The status badge's words in each language it speaks: what it says when it has no status to show. */
export const statusBadgeText = {
  'zh-CN': {
    unknown: (status: string): string => `未知状态“${status}”`,
    missing: '未指定状态',
  },
  en: {
    unknown: (status: string): string => `Unknown status “${status}”`,
    missing: 'No status given',
  },
} as const;
