import type { FastifyRequest } from 'fastify';
import { invalid } from '../../../shared/errors.ts';
import { multipartError } from '../multipart.ts';

export const maxUploadBytes = 5 * 1024 * 1024;

/** The uploaded spreadsheet (multipart field `file`) as a buffer, with size and shape errors in our format. */
export async function readUpload(request: FastifyRequest): Promise<Buffer> {
  try {
    const part = await request.file({ limits: { fileSize: maxUploadBytes, files: 1, fields: 5 } });
    if (!part || part.fieldname !== 'file') throw invalid({ file: { key: 'import_no_file' } });
    return await part.toBuffer();
  } catch (error) {
    throw multipartError(error);
  }
}
