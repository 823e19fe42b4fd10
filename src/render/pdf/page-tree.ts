/** Edits of the page tree pdfkit writes. Page dictionaries are not compressed by pdfkit; each edit keeps every byte offset. */

const KIDS = /\/Kids \[([^\]]*)\]/;

/** The object numbers of the pages, in order. */
function pageObjects(text: string): string[] {
  const kids = KIDS.exec(text);
  if (!kids) throw new Error('page tree: no /Kids in the PDF');
  return [...kids[1].matchAll(/(\d+) 0 R/g)].map((match) => match[1]);
}

/**
 * Moves the last `count` pages to just after the first: the contents, laid out last (see Paging), back after the
 * cover. Links and outline entries point at page objects, not at positions, so they follow their pages.
 */
export function moveLastPagesAfterFirst(pdf: Buffer, count: number): Buffer {
  if (count === 0) return pdf;
  const text = pdf.toString('latin1');
  const pages = pageObjects(text);
  const order = [pages[0], ...pages.slice(-count), ...pages.slice(1, -count)];
  const kids = KIDS.exec(text)!;
  const reordered = `/Kids [${order.map((page) => `${page} 0 R`).join(' ')}]`;
  if (reordered.length !== kids[0].length) throw new Error('page tree: the reordered /Kids does not keep its length');
  return Buffer.from(text.slice(0, kids.index) + reordered + text.slice(kids.index + kids[0].length), 'latin1');
}

/**
 * Mirrored margins for duplex printing. react-pdf lays every page of a wrapping <Page> out with one padding,
 * so the pages are set with the inner margin on the left and each even page's MediaBox is then moved by
 * inner − outer: its content (links and outline destinations included, as they share the page's user space)
 * appears shifted to the left.
 */
export function mirrorEvenPages(pdf: Buffer, shift: number): Buffer {
  if (shift === 0) return pdf;
  const text = pdf.toString('latin1');
  const pages = pageObjects(text);
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
