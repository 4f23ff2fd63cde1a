/**
 * Removes metadata from a citizen's photo before it is stored (issue 14): in a JPEG the APP1
 * (EXIF, XMP: camera, time, GPS), APP13 (IPTC) and COM segments; in a PNG the eXIf and the
 * text chunks. The image data is untouched. Returns null when the bytes are not a
 * well-formed JPEG or PNG, so a malformed file is refused rather than stored half-cleaned.
 */
export function stripPhotoMetadata(data: Buffer, type: 'jpeg' | 'png'): Buffer | null {
  return type === 'jpeg' ? stripJpeg(data) : stripPng(data);
}

function stripJpeg(data: Buffer): Buffer | null {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  const parts: Buffer[] = [data.subarray(0, 2)];
  let at = 2;
  for (;;) {
    if (at + 4 > data.length || data[at] !== 0xff) return null;
    const marker = data[at + 1]!;
    if (marker === 0xd9) {
      parts.push(data.subarray(at));
      return Buffer.concat(parts);
    }
    // Start of scan: the entropy-coded data and the rest of the file follow, kept as they are.
    if (marker === 0xda) {
      parts.push(data.subarray(at));
      return Buffer.concat(parts);
    }
    // Standalone markers without a length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0xff) {
      parts.push(data.subarray(at, at + 2));
      at += 2;
      continue;
    }
    const length = data.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > data.length) return null;
    const drop = marker === 0xe1 || marker === 0xed || marker === 0xfe;
    if (!drop) parts.push(data.subarray(at, at + 2 + length));
    at += 2 + length;
  }
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngDropped = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME']);

function stripPng(data: Buffer): Buffer | null {
  if (data.length < 8 || !data.subarray(0, 8).equals(pngSignature)) return null;
  const parts: Buffer[] = [pngSignature];
  let at = 8;
  while (at < data.length) {
    if (at + 12 > data.length) return null;
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    const end = at + 12 + length;
    if (end > data.length) return null;
    if (!pngDropped.has(type)) parts.push(data.subarray(at, end));
    at = end;
    if (type === 'IEND') return Buffer.concat(parts);
  }
  return null;
}
