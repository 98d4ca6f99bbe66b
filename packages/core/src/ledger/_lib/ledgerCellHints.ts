const date = {
  en: 'write the date as YYYY-MM-DD, e.g. 2025-07-15',
  zh: '日期请写作 YYYY-MM-DD，如 2025-07-15',
};
const ids = {
  en: 'write unit ids as the framework declares them, separated by ";", e.g. gangkou;dongcheng',
  zh: '请填写框架中声明的单位标识，多个以“;”分隔，如 gangkou;dongcheng',
};
const id = {
  en: 'write the unit id as the framework declares it, e.g. gangkou',
  zh: '请填写框架中声明的单位标识，如 gangkou',
};
const period = {
  en: "write a period of the duty's kind: 2025-07 (month), 2025-Q3 (quarter) or 2025 (year)",
  zh: '请按报送周期填写期间：2025-07（月）、2025-Q3（季）或 2025（年）',
};

/**
 * What to write in a ledger CSV's column, said after an issue at one of its cells (the same hint for
 * the same column in every ledger). Columns whose schema names its choices (`source`, `role`,
 * `every`: "expected one of …") need none.
 */
export const ledgerCellHints: Readonly<Record<string, { en: string; zh: string }>> = {
  date,
  deadline: date,
  reply_due: date,
  due: date,
  unit: id,
  by_unit: id,
  checker: id,
  to: ids,
  attendees: ids,
  units: ids,
  period,
  from: period,
  until: period,
  evidence: {
    en: 'one "<sha256>  <file>" line per file, as sha256sum prints it (64 hex digits, two spaces, the file)',
    zh: '每个文件一行“<sha256>  <文件>”，与 sha256sum 的输出相同（64 位十六进制、两个空格、文件名）',
  },
  listed: { en: 'write true for 挂牌督办, else false or nothing', zh: '挂牌督办填 true，否则填 false 或留空' },
  due_day: { en: 'write a whole number from 1 to 28', zh: '请填 1 至 28 的整数' },
};
