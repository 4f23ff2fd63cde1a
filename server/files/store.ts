import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where a tenant's files live: DATA_DIR/files/<tenant>/<sha256> (content-addressed, ADR 0013). */
export const tenantDir = (dataDir: string, tenantId: string) =>
  path.join(dataDir, 'files', tenantId);

export const filePath = (dataDir: string, tenantId: string, sha256: string) => {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
  return path.join(tenantDir(dataDir, tenantId), sha256);
};

/**
 * Stores bytes under their SHA-256: written to a temporary file in the same directory, then
 * renamed, so a reader never sees half a file. The same content twice is stored once.
 */
export async function storeFile(
  dataDir: string,
  tenantId: string,
  data: Buffer,
): Promise<{ sha256: string; size: number }> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const dir = tenantDir(dataDir, tenantId);
  await fs.promises.mkdir(dir, { recursive: true });
  const target = filePath(dataDir, tenantId, sha256);
  const temp = path.join(dir, `.tmp-${randomUUID()}`);
  await fs.promises.writeFile(temp, data, { flag: 'wx' });
  try {
    await fs.promises.rename(temp, target);
  } catch (error) {
    await fs.promises.rm(temp, { force: true });
    throw error;
  }
  return { sha256, size: data.length };
}

/** A stream of a stored file. */
export function openFile(dataDir: string, tenantId: string, sha256: string): fs.ReadStream {
  return fs.createReadStream(filePath(dataDir, tenantId, sha256));
}
