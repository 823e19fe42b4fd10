/** C0 and C1 controls but tab, and the bidi controls that reorder what a terminal shows (U+202E turns text around). */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text from the source as a terminal may show it: every control or bidi character written as `\u202E`. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
