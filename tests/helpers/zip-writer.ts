import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The part's bytes, repeated `repeat` times: a zip bomb without holding it in memory. */
  data: Buffer;
  repeat?: number;
  /** Uncompressed size to declare, when a test wants the zip to lie about it. */
  declaredSize?: number;
}

/** Deflates `data` repeated `repeat` times as a stream, so memory stays at one chunk of about 1 MB. */
async function deflateRepeated(data: Buffer, repeat: number): Promise<{ compressed: Buffer; crc: number; size: number }> {
  const perChunk = Math.max(1, Math.floor((1 << 20) / Math.max(data.length, 1)));
  const chunk = Buffer.concat(Array.from({ length: Math.min(perChunk, repeat) }, () => data));
  const deflate = createDeflateRaw({ level: 9 });
  const output: Buffer[] = [];
  deflate.on('data', (piece: Buffer) => output.push(piece));
  const finished = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  for (let left = repeat; left > 0; left -= perChunk) {
    const piece = left >= perChunk ? chunk : chunk.subarray(0, left * data.length);
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await finished;
  return { compressed: Buffer.concat(output), crc, size: repeat * data.length };
}

/** A zip file of `parts`, deflated, for tests of what the importer does with a hostile .docx. */
export async function writeZip(parts: ZipPart[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { compressed, crc, size } = await deflateRepeated(part.data, part.repeat ?? 1);
    const name = Buffer.from(part.name);
    const declared = part.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
