/**
 * Bytes to text: UTF-8 with or without BOM, and UTF-16 when a byte-order mark says so (Windows
 * editors save it); CRLF/CR/LF all become LF so that every later stage counts lines the same way.
 * Binary or other encodings are refused, not guessed at. Control characters (other than tab and
 * line ends) are removed: they are invisible, and invalid in the HTML and XML made from the text.
 */
export type DecodeResult = { ok: true; text: string; notes: DecodeNote[] } | { ok: false; reason: string; line: number; column: number };

/** Something decoding changed, for a warning. */
export interface DecodeNote {
  ruleId: 'encoding' | 'control-characters';
  reason: string;
  line: number;
  column: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
// C0 controls but tab and LF (CR is gone by then), DEL, and the C1 controls.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function decodeSource(bytes: Uint8Array): DecodeResult {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (bom16) {
    let text: string;
    try {
      text = new TextDecoder(bom16, { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, reason: `File starts like ${bom16.toUpperCase()} (byte-order mark) but is not valid ${bom16.toUpperCase()}. Save it as UTF-8`, line: 1, column: 1 };
    }
    const note: DecodeNote = { ruleId: 'encoding', reason: `File is ${bom16.toUpperCase()}; it was read as such. Save it as UTF-8 so that every tool reads it`, line: 1, column: 1 };
    return finish(text, [note]);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const { line, column } = positionOfByte(bytes, nul);
    return { ok: false, reason: 'File holds a NUL byte: it looks binary, not a text article. Remove it or move it out of the articles folder', line, column };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return { ok: false, reason: 'File is not valid UTF-8. Save it as UTF-8', line, column };
  }
  return finish(text, []);
}

function finish(raw: string, notes: DecodeNote[]): DecodeResult {
  let text = raw.replace(/\r\n?/g, '\n');
  const first = text.search(CONTROLS);
  if (first >= 0) {
    const before = text.slice(0, first);
    const line = before.split('\n').length;
    const column = first - before.lastIndexOf('\n');
    const code = text.codePointAt(first)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
    const count = text.match(CONTROLS)?.length ?? 0;
    text = text.replace(CONTROLS, '');
    notes.push({ ruleId: 'control-characters', reason: `File holds ${count} control character${count === 1 ? '' : 's'} (the first is U+${code}); they are removed`, line, column });
  }
  return { ok: true, text, notes };
}

function positionOfByte(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

// Offset of the lead byte of the first ill-formed UTF-8 sequence (only run on files that failed).
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
