/** Test-only helpers for citizens' waste reports. */
import { solveChallenge } from '../../server/domain/waste/proof-of-work.ts';
import type { TestApp } from './test-app.ts';

export const plantedName = 'Nguyễn Thị Bí Mật Zyx';
export const plantedPhone = '0912 345 678';
export const plantedEmail = 'bimat.zyx@example.vn';

export async function challenge(t: TestApp): Promise<{ challenge: string; nonce: string }> {
  const res = await t.app.inject({ method: 'GET', url: '/api/public/waste-reports/challenge' });
  const { challenge: c, bits } = res.json() as { challenge: string; bits: number };
  return { challenge: c, nonce: solveChallenge(c, bits) };
}

export async function aCommune(t: TestApp): Promise<{ id: string; code: string; name: string }> {
  const res = await t.app.inject({ method: 'GET', url: '/api/public/waste-reports/places' });
  return res.json().places[0];
}

/** Files a report through the public form; `ip` sets the sender's address. */
export async function fileWaste(t: TestApp, body: Record<string, unknown>, ip = '203.0.113.10') {
  return t.app.inject({
    method: 'POST',
    url: '/api/public/waste-reports',
    remoteAddress: ip,
    payload: { ...(await challenge(t)), ...body },
  });
}

/** A small JPEG with an EXIF segment naming a GPS position. */
export function jpegWithGps(): Buffer {
  const seg = (marker: number, body: Buffer) => {
    const head = Buffer.alloc(4);
    head[0] = 0xff;
    head[1] = marker;
    head.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([head, body]);
  };
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    seg(0xe1, Buffer.from('Exif\0\0GPSLatitude=22.3964;GPSLongitude=103.4707')),
    Buffer.from([0xff, 0xda, 0x00, 0x02, 0x11, 0x22, 0x33, 0xff, 0xd9]),
  ]);
}

/** multipart/form-data with one photo and optional text fields. */
export function photoForm(file: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----thidua-waste-boundary';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const head = Buffer.from(
    `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="anh.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  return {
    body: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
