/** Escapes text for XML and HTML text and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * JSON that can sit inside a <script> element: "<", ">" and "&" written as \u escapes, so no
 * string in it can close the element or open a comment, and the line separators JavaScript
 * parsers once refused.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
