import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A ZIP entry to write: its name, and its packed bytes with their real (or claimed) sizes. */
interface RawEntry {
  name: string;
  /** 0 stored, 8 deflate (the default). */
  method?: number;
  packed: Buffer;
  size: number;
  crc: number;
}

/** An entry kept uncompressed (as ODF's first entry, `mimetype`, must be). */
export function storedEntry(name: string, data: Buffer | string): RawEntry {
  const bytes = Buffer.from(data);
  return { name, method: 0, packed: bytes, size: bytes.length, crc: crc32(bytes) };
}

/** A deflated entry of ordinary bytes. */
export function entry(name: string, data: Buffer | string): RawEntry {
  const bytes = Buffer.from(data);
  return { name, packed: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
}

/**
 * An entry of `megabytes` MiB of zeros packed to about a thousandth of that: one MiB deflated
 * with a full flush (an independent, byte-aligned block) repeated, then an empty final block.
 * `claimedSize` lets a test lie in the directory.
 */
export function zeroEntry(name: string, megabytes: number, claimedSize?: number): RawEntry {
  const mib = Buffer.alloc(1024 * 1024);
  const block = deflateRawSync(mib, { finishFlush: constants.Z_FULL_FLUSH });
  const end = Buffer.from([0x03, 0x00]); // final fixed-Huffman block with no data
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = crc32(mib, crc);
  return {
    name,
    packed: Buffer.concat([...Array.from({ length: megabytes }, () => block), end]),
    size: claimedSize ?? megabytes * 1024 * 1024,
    crc,
  };
}

/** A ZIP archive of the entries (deflate, no data descriptors). */
export function zipOf(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method ?? 8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.packed.length, 18);
    local.writeUInt32LE(e.size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method ?? 8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.packed.length, 20);
    central.writeUInt32LE(e.size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.packed);
    centrals.push(central, name);
    offset += 30 + name.length + e.packed.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}

const contentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';

/** A workbook whose one sheet unpacks to `megabytes` MiB (2,400 ≈ 2.5 GB from ~2.5 MB). */
export function workbookBomb(megabytes: number, claimedSize?: number): Buffer {
  return zipOf([
    entry('[Content_Types].xml', contentTypes),
    entry('xl/workbook.xml', '<workbook/>'),
    zeroEntry('xl/worksheets/sheet1.xml', megabytes, claimedSize),
  ]);
}
