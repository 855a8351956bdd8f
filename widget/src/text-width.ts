/** Returns the approximate width in px of `text` at `fontSize` (CJK glyphs are full-width), for label layout. */
export function textWidth(text: string, fontSize = 12): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += c >= 0x2e80 ? fontSize : /[0-9.,%]/.test(ch) ? fontSize * 0.56 : fontSize * 0.6;
  }
  return w;
}
