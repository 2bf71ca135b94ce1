/**
 * The one rule for control characters in text Debrief stores
 * (docs/decisions/0012-text-at-the-contract.md): C0 control characters are
 * removed, tab, line feed and carriage return are kept. Used by the contracts
 * (`zText`) and by the mail parser, so text typed, sent or imported is stored
 * the same way on SQLite and PostgreSQL (which refuses NUL).
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Text without the invisible control characters that PostgreSQL refuses (NUL) or that no one types. */
export function withoutControlCharacters(s: string): string {
  return s.replace(CONTROL_CHARACTERS, '');
}
