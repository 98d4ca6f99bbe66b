// Validation results: issues with paths and bilingual messages.
export type { Issue, IssueCode, ParseResult } from './issue.js';
export { formatPath } from './formatPath.js';
export { makeIssue } from './makeIssue.js';
export { toIssues } from './toIssues.js';
export { formatIssues, type FormatIssuesOptions } from './formatIssues.js';
