// Text from bytes: encodings detected or forced.
export { decodeText, type DecodeTextOptions, type DecodedText } from './decodeText.js';
export { zhTypographyProblems } from './zhTypographyProblems.js';
