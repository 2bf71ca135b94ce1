/** The names by which a request reaches this computer itself. */
export const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '::1'];

/** The host a request was addressed to (the node adapter builds the URL from the Host header), without IPv6 brackets. */
export function requestHost(url: string): string {
  return new URL(url).hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

export function isLoopbackRequest(url: string): boolean {
  return LOOPBACK_NAMES.includes(requestHost(url));
}
