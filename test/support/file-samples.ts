import { entry, storedEntry, zipOf } from './zip-bomb.ts';

/** Test-only: the first bytes of each kind of file evidence uploads meet. */
export const samples = {
  pdf: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
  /** A whole (tiny) ODT archive: the container check reads its directory, not only its first bytes. */
  odt: zipOf([
    storedEntry('mimetype', 'application/vnd.oasis.opendocument.text'),
    entry('content.xml', '<office:document-content/>'),
    entry('META-INF/manifest.xml', '<manifest:manifest/>'),
  ]),
};
