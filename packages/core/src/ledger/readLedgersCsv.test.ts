import { describe, expect, it } from 'vitest';
import { meixiFramework } from '../model/_fixtures/meixi.js';
import { parseFramework } from '../model/parseFramework.js';
import type { Framework } from '../model/framework.schema.js';
import type { Evidence } from './evidence.schema.js';
import type { Ledgers } from './ledgers.schema.js';
import { meixiLedgers } from './meixiLedgers.fixture.js';
import { readLedgersCsv } from './readLedgersCsv.js';
import { writeLedgersCsv } from './writeLedgersCsv.js';

const parsed = parseFramework(meixiFramework());
if (!parsed.ok) throw new Error('examples/meixi/framework.json is invalid');
const framework: Framework = parsed.value;

const bare = (evidence: ReadonlyArray<Evidence> | undefined) =>
  evidence ? { evidence: evidence.map(({ ref, sha256 }) => ({ ref, sha256 })) } : {};

/** Meixi's ledgers as the CSV carries them: without evidence titles and the persons an order names. */
const carried = (): Ledgers => {
  const l = meixiLedgers();
  return {
    ...l,
    problems: l.problems.map((p) => ({ ...p, history: p.history.map((t) => ({ ...t, ...bare(t.evidence) })) })),
    orders: l.orders.map((o) => ({
      ...o,
      to: o.to.map((t) => ({ unit: t.unit })),
      replies: o.replies.map((r) => ({ ...r, ...bare(r.evidence) })),
    })),
    dispatches: l.dispatches.map((d) => ({
      ...d,
      assignments: d.assignments.map((a) => (a.done ? { ...a, done: { ...a.done, ...bare(a.done.evidence) } } : a)),
    })),
    duties: l.duties.map((d) => ({ ...d, submissions: d.submissions.map((s) => ({ ...s, ...bare(s.evidence) })) })),
  };
};

const located = (r: ReturnType<typeof readLedgersCsv>) => (r.ok ? [] : r.issues.map((i) => [i.at, i.code]));

describe('readLedgersCsv / writeLedgersCsv', () => {
  it("reads back the example city's four ledgers as written, and writes what it read byte for byte", () => {
    const csv = writeLedgersCsv(meixiLedgers());
    const r = readLedgersCsv({ office: 'supervision', ...csv }, framework);
    expect(r).toEqual({ ok: true, value: carried() });
    expect(r.ok && writeLedgersCsv(r.value)).toEqual(csv);
  });

  it('writes one row per event under the documented headers, lists of ids joined by ";" and decisions one per line', () => {
    const csv = writeLedgersCsv(meixiLedgers());
    expect(csv.orders.split('\n')[0]).toBe(
      'order,action,date,number,to,listed,asks_zh,asks_en,reply_due,unit,text_zh,text_en,evidence',
    );
    expect(csv.orders).toContain('\no-2025-07,issue,2025-07-01,美督办〔2025〕7号,gangkou;dongcheng,,');
    expect(csv.orders).toContain('\no-2025-11,issue,2025-11-03,美督办〔2025〕11号,dongcheng,true,');
    expect(csv.orders).toContain(
      '\no-2025-07,reply,2025-07-28,,,,,,,dongcheng,整治方案已编制完成，工程 8 月开工,Plan drawn up; works start in August,8a5c1397a8123b1b601b75e1f0893718fa2197a38361eedf82f05f04e397ac6c  evidence/dongcheng-order-7-reply.md\n',
    );
    expect(csv.dispatches.split('\n')[0]).toBe(
      'dispatch,action,date,item,meeting_zh,meeting_en,attendees,decisions_zh,decisions_en,task_zh,task_en,unit,person_position_zh,person_position_en,due,note_zh,note_en,evidence',
    );
    expect(csv.dispatches).toContain(
      ',supervision;eeb;hurd;gangkou;qingxi;dongcheng,"反馈问题实行清单化管理，每月调度一次\n各责任单位每月 5 日前报送整改进展",',
    );
    expect(csv.dispatches).toContain(
      '\nd-2025-05,assign,,d-2025-05-2,,,,,,报送养殖尾水处理设施建设方案,Submit the tailwater treatment plan,qingxi,,,2025-07-31,,,\n',
    );
    expect(csv.dispatches).toContain('\nd-2025-05,done,2025-08-10,d-2025-05-2,,,,,,,,,,,,,,\n');
    expect(csv.duties.split('\n').slice(0, 3)).toEqual([
      'duty,action,date,what_zh,what_en,units,every,due_day,from,until,unit,period,evidence',
      'r-monthly,require,,督察反馈问题整改进展月报,Monthly progress report on the inspection findings,gangkou;qingxi;dongcheng,month,5,2025-07,2026-06,,,',
      'r-monthly,submit,2025-08-05,,,,,,,,dongcheng,2025-07,',
    ]);
  });

  it('reads columns by name in any order, a BOM, spaces around ids and a sheet of a workbook alike', () => {
    const orders =
      '\ufeffaction,order,date,number,to,asks_zh,reply_due\nissue,o1,2025-07-01,美督办〔2025〕7号, gangkou ; dongcheng ,报告进展,2025-07-15\n';
    const r = readLedgersCsv({ office: 'supervision', orders }, framework);
    expect(r.ok && r.value.orders[0]!.to).toEqual([{ unit: 'gangkou' }, { unit: 'dongcheng' }]);
    const sheet = {
      name: '督办单',
      rows: [
        ['order', 'action', 'date', 'number', 'to', 'asks_zh', 'reply_due'],
        ['', '', '', '', '', '', ''],
        ['o1', 'issue', '2025-07-01', '美督办〔2025〕7号', 'gangkou', '报告进展', '2025-07-15'],
      ],
    };
    const s = readLedgersCsv({ office: 'supervision', orders: sheet }, framework);
    expect(s.ok && s.value.orders[0]!.replyDue).toBe('2025-07-15');
  });

  it('refuses a bad cell at its table, line and column, in both languages, with what to write there', () => {
    const orders = [
      'order,action,date,number,to,asks_zh,reply_due,unit,text_zh',
      'o1,issue,2025-07-01,美督办〔2025〕7号,gangkou,报告进展,2025-07-32,,',
      'o1,reply,2025-07-10,,,,,gangkou,已完成',
      'o2,reply,2025-07-10,,,,,gangkou,已完成',
    ].join('\n');
    const r = readLedgersCsv({ office: 'supervision', orders }, framework);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.code, i.message.en, i.message.zh])).toEqual([
      [
        'orders.line[2].reply_due',
        'invalid_format',
        'line 2, column "reply_due": not a valid date; write the date as YYYY-MM-DD, e.g. 2025-07-15',
        '第 2 行“reply_due”列：格式不符（date）；日期请写作 YYYY-MM-DD，如 2025-07-15',
      ],
      [
        'orders.line[4].order',
        'unknown_reference',
        'line 4, column "order": "o2" has no "issue" row above this one',
        '第 4 行“order”列：督办单“o2”在此行之前没有下发（issue）行',
      ],
    ]);
  });

  it('names a sheet, its row and the column letter when the table is a workbook sheet', () => {
    const sheet = {
      name: '报送',
      rows: [
        ['duty', 'action', 'what_zh', 'units', 'every', 'due_day', 'from'],
        ['r1', 'require', '月报', 'gangkou', 'month', '31', '2025-07'],
      ],
    };
    const r = readLedgersCsv({ office: 'supervision', duties: sheet }, framework);
    expect(r.ok ? [] : r.issues.map((i) => [i.at, i.message.en, i.message.zh])).toEqual([
      [
        'duties.sheet["报送"].row[2].due_day',
        'sheet "报送", row 2, column F "due_day": must be at most 28; write a whole number from 1 to 28',
        '工作表“报送”第 2 行，F 列“due_day”：应不多于 28；请填 1 至 28 的整数',
      ],
    ]);
  });

  it('checks the lifecycle, the dates and the units as parseLedgers does, each issue moved to the row and column it came from', () => {
    const csv = writeLedgersCsv(meixiLedgers());
    // A closure before its application; a reply from a unit the order does not go to; an unknown unit at a meeting.
    const problems = csv.problems.replace(',apply,2025-06-20,', ',close,2025-06-20,');
    const orders = csv.orders.replace(',2025-07-12,,,,,,,gangkou,', ',2025-07-12,,,,,,,qingxi,');
    const dispatches = csv.dispatches.replace(';hurd;', ';hurb;');
    const r = readLedgersCsv({ office: 'supervision', ...csv, problems, orders, dispatches }, framework);
    expect(located(r)).toEqual([
      ['problems.line[3].action', 'invalid_transition'],
      ['problems.line[3].role', 'role_not_allowed'],
      ['problems.line[4].action', 'invalid_transition'],
      ['orders.line[3].unit', 'unknown_reference'],
      ['dispatches.line[2].attendees[2]', 'unknown_reference'],
    ]);
    const message = r.ok ? undefined : r.issues[4]!.message;
    expect(message?.en).toBe(
      'line 2, column "attendees": unknown unit "hurb"; did you mean "hurd"?; write unit ids as the framework declares them, separated by ";", e.g. gangkou;dongcheng',
    );
  });

  it("refuses a column the layout does not have, an unknown action, a cell its row does not use and one under no column name: nothing is ignored (the rows' shape first, then what they hold)", () => {
    const duties = [
      'duty,action,date,what_zh,units,every,due_day,from,unit,period,remark',
      'r1,require,2025-07-01,月报,gangkou,month,5,2025-07,,,',
    ].join('\n');
    expect(located(readLedgersCsv({ office: 'supervision', duties }, framework))).toEqual([
      ['duties.line[1].remark', 'unrecognized_keys'],
    ]);
    const rows = [
      'duty,action,date,what_zh,units,every,due_day,from,unit,period,',
      'r1,require,2025-07-01,月报,gangkou,month,5,2025-07,,,',
      'r1,submitted,2025-08-03,,,,,,gangkou,2025-07,',
      'r2,submit,2025-08-03,,,,,,gangkou,2025-07,',
      'r1,submit,2025-08-03,,,,,,gangkou,2025-07,late',
    ].join('\n');
    expect(located(readLedgersCsv({ office: 'supervision', duties: rows }, framework))).toEqual([
      ['duties.line[2].date', 'invalid_cell'],
      ['duties.line[3].action', 'invalid_cell'],
      ['duties.line[5]["column 11"]', 'invalid_cell'],
      ['duties.line[4].duty', 'unknown_reference'],
    ]);
  });

  it('pairs the decisions line for line, and needs an item assigned before it is done (lines are physical: a cell may span two)', () => {
    const dispatches = [
      'dispatch,action,date,item,meeting_zh,attendees,decisions_zh,decisions_en,task_zh,unit,due',
      'd1,meet,2025-05-20,,调度会,eeb,"甲\n乙",only one,,,',
      'd2,meet,2025-05-21,,调度会,eeb,,,,,',
      'd2,done,2025-06-01,d2-1,,,,,,,',
    ].join('\n');
    expect(located(readLedgersCsv({ office: 'supervision', dispatches }, framework))).toEqual([
      ['dispatches.line[2].decisions_en', 'invalid_cell'],
      ['dispatches.line[5].item', 'unknown_reference'],
    ]);
  });

  it('needs each table to name its items and their actions, and the office to be a unit the framework declares', () => {
    expect(located(readLedgersCsv({ office: 'supervision', problems: 'id,date\np1,2025-01-01\n' }, framework))).toEqual(
      [
        ['problems.line[1].problem', 'missing_column'],
        ['problems.line[1].action', 'missing_column'],
        ['problems.line[1].id', 'unrecognized_keys'],
      ],
    );
    expect(located(readLedgersCsv({ office: 'supervison' }, framework))).toEqual([['office', 'unknown_reference']]);
  });

  it('keeps a decision given in one language only in its place, line for line', () => {
    const ledgers = meixiLedgers();
    ledgers.dispatches[0]!.decisions = [{ zh: '甲', en: 'A' }, { zh: '乙' }, { en: 'C' }];
    const csv = writeLedgersCsv(ledgers);
    expect(csv.dispatches).toContain(',"甲\n乙\n","A\n\nC",');
    const r = readLedgersCsv({ office: 'supervision', ...csv }, framework);
    expect(r.ok && r.value.dispatches[0]!.decisions).toEqual([{ zh: '甲', en: 'A' }, { zh: '乙' }, { en: 'C' }]);
  });

  it('does not change the ledgers it writes', () => {
    const ledgers = meixiLedgers();
    const before = JSON.stringify(ledgers);
    writeLedgersCsv(ledgers);
    expect(JSON.stringify(ledgers)).toBe(before);
  });
});
