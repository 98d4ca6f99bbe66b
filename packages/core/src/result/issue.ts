import type { LocalizedLabel } from '../vocabulary/lang.js';

/**
 * What kind of problem an {@link Issue} reports. The first group comes from zod's type checks;
 * the second from eco-reform's own rules (cross-references, dates, responsibilities) and parsers.
 *
 * @category Model
 * @example
 * const r = parseFramework(meixi); // Meixi's framework with indicators[1].id set to 'redline-area', the id of indicators[0]
 * if (!r.ok) r.issues[0].code //=> 'duplicate_id'
 */
export type IssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'custom'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'unknown_tag'
  | 'cycle'
  | 'baseline_after_target'
  | 'date_outside_period'
  | 'weights_sum'
  | 'points_sum'
  | 'mixed_weight_points'
  | 'missing_role'
  | 'missing_responsible_unit'
  | 'invalid_period'
  | 'invalid_cell'
  | 'missing_column'
  | 'invalid_json'
  | 'duplicate_column'
  | 'row_length'
  | 'suspicious_quote'
  | 'conflicting_observation'
  | 'value_kind'
  | 'invalid_encoding'
  | 'invalid_workbook'
  | 'missing_weight'
  | 'zero_weights'
  | 'empty_area'
  | 'floor_out_of_scale'
  | 'floor_above_minimum'
  | 'unreachable_grade'
  | 'duplicate_grade_min'
  | 'band_gap'
  | 'band_overlap'
  | 'empty_band'
  | 'unreachable_min_indicators'
  | 'wrong_length'
  | 'mixed_rule_group'
  | 'duplicate_target'
  | 'invalid_transition'
  | 'role_not_allowed'
  | 'missing_evidence'
  | 'missing_reason'
  | 'date_order'
  | 'group_overlap'
  | 'missing_setting'
  | 'tenure_overlap'
  | 'missing_target';

/**
 * One problem found in the input, with where it is and what is wrong in both languages.
 *
 * @category Model
 * @example
 * const issue: Issue = {
 *   path: ['indicators', 3, 'target', 'value'],
 *   at: 'indicators[3].target.value',
 *   code: 'invalid_type',
 *   message: { en: 'expected a number, got a string', zh: '应为数字，实为字符串' },
 * };
 */
export interface Issue {
  /** The path into the input: object keys and array indexes. For CSV input: `['line', 4, 'value']`. */
  path: Array<string | number>;
  /** The path for people: `indicators[3].target.value` (the root is an empty string). */
  at: string;
  /** The kind of problem. */
  code: IssueCode;
  /** What is wrong, in English (`en`) and Chinese (`zh`). */
  message: LocalizedLabel;
}

/**
 * The result of a parse function: the validated value, or every issue found (never just the first).
 *
 * @category Model
 * @example
 * const r: ParseResult<number> = { ok: false, issues: [] };
 */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
