// Characters XML 1.0 cannot carry, and their removal: the one definition the XML writers
// (GraphML, GEXF) share, so "valid XML for any input text" means the same in both.

/** C0 controls but tab/LF/CR, lone surrogates, and the noncharacters U+FFFE/U+FFFF. */
export const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 cannot carry: "Ana\u0001Ruiz" → "AnaRuiz". */
export function dropInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}
