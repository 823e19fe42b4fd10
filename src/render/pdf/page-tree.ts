/**
 * Mirrored margins for duplex printing. react-pdf lays every page of a wrapping <Page> out with one padding,
 * so the pages are set with the inner margin on the left and each even page's MediaBox is then moved by
 * inner − outer: its content (links and outline destinations included, as they share the page's user space)
 * appears shifted to the left. Page dictionaries are not compressed by pdfkit; the edit keeps every byte offset.
 */
export function mirrorEvenPages(pdf: Buffer, shift: number): Buffer {
  if (shift === 0) return pdf;
  const text = pdf.toString('latin1');
  const kids = /\/Kids \[([^\]]*)\]/.exec(text);
  if (!kids) throw new Error('mirrorEvenPages: no page tree in the PDF');
  const pages = [...kids[1].matchAll(/(\d+) 0 R/g)].map((match) => match[1]);
  let result = text;
  for (const page of pages.filter((_, index) => index % 2 === 1)) {
    const start = result.indexOf(`\n${page} 0 obj\n`);
    const box = /\/MediaBox \[(\S+) (\S+) (\S+) (\S+)\]/.exec(result.slice(start, start + 400));
    if (start < 0 || !box) throw new Error(`mirrorEvenPages: page object ${page} has no MediaBox`);
    const [old, x0, y0, x1, y1] = box;
    const decimals = (value: string) => value.split('.')[1]?.length ?? 0;
    const moved = `[${Number(x0) + shift} ${y0} ${(Number(x1) + shift).toFixed(decimals(x1))} ${y1}]`;
    let replacement = `/MediaBox ${moved}`;
    if (replacement.length === old.length + 1) replacement = `/MediaBox${moved}`;
    if (replacement.length > old.length) throw new Error(`mirrorEvenPages: a shift of ${shift} pt does not fit in place`);
    replacement = replacement.slice(0, -1).padEnd(old.length - 1, ' ') + ']';
    const at = start + box.index;
    result = result.slice(0, at) + replacement + result.slice(at + old.length);
  }
  return Buffer.from(result, 'latin1');
}
