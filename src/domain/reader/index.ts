/** The rejection-message reader: pure domain code (no I/O). */
export { readMessage, readerFeatures } from './read-message.js';
export { SHIPPED_MODEL, loadModel } from './model.js';
export { HEADS, POLICY, type ReaderModel } from './learned.js';
export { parseEmail, readRaw, readText, looksLikeMime } from './parse-email.js';
export { htmlToText } from './html.js';
export type { Evidence, Kind, ParsedMessage, ReaderInput, ReaderResult, ReaderStage, Reason } from './types.js';
export { KINDS, READER_STAGES, REASONS } from './types.js';
export { evaluate, coarseKind, parseLabelled } from './evaluate.js';
export type { Labelled, Predicted, Report, PerLabel, ErrorLine } from './evaluate.js';
