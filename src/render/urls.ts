/** Whether a base URL is a full address with a host ("https://example.com/news/"), not a path alone. */
export function hasHostName(baseUrl: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/]/i.test(baseUrl);
}

/** Path part of a base URL: "https://x.org/news/" → "/news/". */
export function pathOf(baseUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl)) return new URL(baseUrl).pathname.replace(/\/?$/, '/');
  return baseUrl;
}
