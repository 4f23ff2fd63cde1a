/**
 * The type of an uploaded evidence file, read from its bytes (ADR 0013): the client's
 * content type and file name are never trusted. Only formats offices attach as evidence are
 * allowed; Office Open XML and ODF documents are ZIP archives, told apart by their entries.
 */

import { zipProblem } from './zip-limits.ts';

export const evidenceTypes = {
  pdf: { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  png: { mediaType: 'image/png', extensions: ['png'], label: 'PNG' },
  jpeg: { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word (.docx)',
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel (.xlsx)',
  },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], label: 'ODT' },
} as const;
export type EvidenceType = keyof typeof evidenceTypes;

const startsWith = (data: Buffer, bytes: readonly number[], at = 0) =>
  data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);

/**
 * Names of the entries in a ZIP archive's central directory, or null when the archive is
 * not well formed. Reads the end-of-central-directory record (the last 22 bytes plus at most
 * a 64 KiB comment) and walks the directory headers.
 */
export function zipEntryNames(data: Buffer): string[] | null {
  const min = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= min; i--)
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const count = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== 0x02014b50) return null;
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    if (at + 46 + nameLength > data.length) return null;
    names.push(data.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function zipType(data: Buffer): EvidenceType | null {
  const names = zipEntryNames(data);
  if (!names) return null;
  // ODF puts an uncompressed "mimetype" entry first, so its media type sits at a fixed offset;
  // the directory must also hold the document's content.
  const odt = 'mimetypeapplication/vnd.oasis.opendocument.text';
  if (data.toString('latin1', 30, 30 + odt.length) === odt)
    return names.includes('content.xml') ? 'odt' : null;
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

/** The evidence type of the bytes, or null when they are none of the allowed formats. */
export function sniffEvidence(data: Buffer): EvidenceType | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return zipType(data);
  return null;
}

export type SniffOutcome =
  | { ok: true; type: EvidenceType; mediaType: string }
  | { ok: false; problem: 'not_allowed' }
  | { ok: false; problem: 'archive_too_large' }
  | { ok: false; problem: 'name_mismatch'; actual: string; extension: string };

/**
 * Accepts the file when its bytes are an allowed format and its name's extension (if any)
 * names that format, so a renamed file is refused rather than served under a false name.
 */
export function checkEvidenceFile(data: Buffer, fileName: string): SniffOutcome {
  const type = sniffEvidence(data);
  if (!type) return { ok: false, problem: 'not_allowed' };
  if (type === 'docx' || type === 'xlsx' || type === 'odt') {
    const problem = zipProblem(data);
    if (problem === 'malformed') return { ok: false, problem: 'not_allowed' };
    if (problem) return { ok: false, problem: 'archive_too_large' };
  }
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const known = evidenceTypes[type];
  if (extension && !(known.extensions as readonly string[]).includes(extension))
    return { ok: false, problem: 'name_mismatch', actual: known.label, extension };
  return { ok: true, type, mediaType: known.mediaType };
}
