/**
 * `mailto:` links (RFC 6068). Line breaks in the body become CRLF and every
 * character outside the unreserved set is percent-encoded as UTF-8, so the
 * link opens the same draft in any mail client.
 */

export interface MailtoInput {
  /** One address or several separated by commas; may be empty. */
  to?: string | null;
  subject: string;
  body: string;
}

/** Percent-encodes UTF-8 for a mailto component; only RFC 3986 unreserved characters stay as they are. */
function encodeComponent(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An address keeps its "@"; anything else unusual is encoded. */
function encodeAddress(address: string): string {
  return encodeComponent(address).replace(/%40/g, '@');
}

export function mailtoLink({ to, subject, body }: MailtoInput): string {
  const addresses = (to ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a.length > 0)
    .map(encodeAddress)
    .join(',');
  const crlfBody = body.replace(/\r\n|\r|\n/g, '\r\n');
  const fields = [
    subject ? `subject=${encodeComponent(subject.replace(/[\r\n]+/g, ' '))}` : null,
    crlfBody ? `body=${encodeComponent(crlfBody)}` : null,
  ].filter((f): f is string => f !== null);
  return `mailto:${addresses}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
}
