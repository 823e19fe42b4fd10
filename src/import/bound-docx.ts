import yauzl from 'yauzl';

/** A Word report of a hundred pages holds a few dozen parts and a few MB of XML; photos add tens of MB. */
export const DOCX_LIMITS = { entries: 2000, inflatedBytes: 128 * 1024 * 1024 } as const;

/**
 * Checks a .docx (a zip) before mammoth inflates it: the number of parts and their declared sizes against the caps,
 * then each part inflated as a stream, which yauzl stops as soon as a part inflates past its declared size.
 * Throws an Error whose message is the reason in words; a zip bomb of 300 MB costs a fraction of a second.
 */
export async function checkDocxBounds(bytes: Buffer): Promise<void> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  try {
    if (zip.entryCount > DOCX_LIMITS.entries) throw new Error(`it holds ${zip.entryCount} parts, more than ${DOCX_LIMITS.entries}`);
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > DOCX_LIMITS.inflatedBytes) throw new Error(`it inflates to more than ${DOCX_LIMITS.inflatedBytes / 1024 / 1024} MB (${entry.fileName})`);
      if (entry.fileName.endsWith('/')) continue;
      for await (const chunk of await zip.openReadStreamPromise(entry)) void chunk;
    }
  } finally {
    zip.close();
  }
}
