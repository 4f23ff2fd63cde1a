/**
 * Limits on what a ZIP-based upload (xlsx, docx, odt) may unpack to, checked before any library
 * opens it (ADR 0042). The central directory is read first: entry count, declared sizes and
 * the compression ratio; then each entry is inflated once with its output capped at what it
 * declared, so an archive that lies about its sizes cannot grow memory past the limit either.
 */
import { inflateRawSync } from 'node:zlib';

export const zipLimits = {
  /** Entries in one archive; a workbook of the templates has a few dozen. */
  maxEntries: 2000,
  /** Everything unpacked together. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  /** Unpacked size of an entry over its packed size (XML compresses ~10–30×). */
  maxRatio: 200,
  /** Ratios are only judged for entries bigger than this (tiny files compress oddly). */
  ratioFloorBytes: 1024 * 1024,
} as const;

export type ZipProblem = 'malformed' | 'too_many_entries' | 'too_large' | 'ratio';

interface Entry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
}

/** The central directory's entries, or a problem. Zip64 archives are refused as too large. */
export function zipDirectory(
  data: Buffer,
  limits: typeof zipLimits = zipLimits,
): { entries: Entry[] } | { problem: ZipProblem } {
  if (data.length < 22) return { problem: 'malformed' };
  const min = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= min; i--)
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return { problem: 'malformed' };
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) return { problem: 'too_large' };
  if (count > limits.maxEntries) return { problem: 'too_many_entries' };
  const entries: Entry[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50)
      return { problem: 'malformed' };
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const uncompressed = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localOffset = data.readUInt32LE(at + 42);
    if (at + 46 + nameLength > data.length) return { problem: 'malformed' };
    if (compressed === 0xffffffff || uncompressed === 0xffffffff) return { problem: 'too_large' };
    total += uncompressed;
    if (total > limits.maxUncompressedBytes) return { problem: 'too_large' };
    if (
      uncompressed > limits.ratioFloorBytes &&
      uncompressed > limits.maxRatio * Math.max(1, compressed)
    )
      return { problem: 'ratio' };
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, method, compressed, uncompressed, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries };
}

/**
 * Checks an archive against the limits: its directory, then every entry's real unpacked size
 * (inflated with the output capped at its declared size plus one byte). Null when it is fine.
 */
export function zipProblem(data: Buffer, limits: typeof zipLimits = zipLimits): ZipProblem | null {
  const dir = zipDirectory(data, limits);
  if ('problem' in dir) return dir.problem;
  for (const e of dir.entries) {
    const local = e.localOffset;
    if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) return 'malformed';
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const end = start + e.compressed;
    if (end > data.length) return 'malformed';
    if (e.method === 0) {
      if (e.compressed !== e.uncompressed) return 'malformed';
      continue;
    }
    if (e.method !== 8) return 'malformed';
    try {
      const out = inflateRawSync(data.subarray(start, end), {
        maxOutputLength: e.uncompressed + 1,
      });
      if (out.length !== e.uncompressed) return 'malformed';
    } catch (error) {
      return (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
        ? 'too_large'
        : 'malformed';
    }
  }
  return null;
}
