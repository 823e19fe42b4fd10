import iconv from 'iconv-lite';
import { UserError } from '../errors.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16';
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of Han characters among the non-space characters: a wrong guess of encoding gives mojibake with few. */
function hanShare(text: string): number {
  const visible = text.replace(/\s/g, '');
  return visible.length === 0 ? 0 : (visible.match(/\p{Script=Han}/gu) ?? []).length / visible.length;
}

/** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 when that reads as Chinese text. */
export function decodeText(bytes: Uint8Array, name: string): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes), 'utf-16le'), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes), 'utf-16be'), encoding: 'utf-16' };
  if (isUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const text = iconv.decode(Buffer.from(bytes), 'gb18030');
  if (hanShare(text) < 0.3) throw new UserError(`${name} is neither UTF-8 nor GB18030 Chinese text: save it as UTF-8`);
  return { text, encoding: 'gb18030' };
}
