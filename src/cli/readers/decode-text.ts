// Bytes → text: UTF-8 only (a byte-order mark is dropped); a NUL byte or a byte sequence that
// is not UTF-8 means the input is not text, and the caller skips it.

export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined; // binary
  try {
    // Windows and old Mac line endings become "\n", so a file reads the same whatever wrote it
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes).replace(/\r\n?/g, "\n");
  } catch {
    return undefined;
  }
}
