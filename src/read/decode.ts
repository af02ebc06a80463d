/**
 * Bytes to text: UTF-8 with or without BOM, CRLF/CR/LF all become LF so that every later
 * stage counts lines the same way. Binary or non-UTF-8 input is refused, not guessed at.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeSource(bytes: Uint8Array): DecodeResult {
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
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
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
