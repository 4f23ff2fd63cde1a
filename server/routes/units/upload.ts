import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../../shared/errors.ts';

export const maxUploadBytes = 5 * 1024 * 1024;

/** The uploaded spreadsheet (multipart field `file`) as a buffer, with size and shape errors in our format. */
export async function readUpload(request: FastifyRequest): Promise<Buffer> {
  try {
    const part = await request.file({ limits: { fileSize: maxUploadBytes, files: 1, fields: 5 } });
    if (!part || part.fieldname !== 'file') throw invalid({ file: { key: 'import_no_file' } });
    return await part.toBuffer();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (
      code === 'FST_REQ_FILE_TOO_LARGE' ||
      code === 'FST_FILES_LIMIT' ||
      code === 'FST_PARTS_LIMIT'
    )
      throw new AppError(413, 'payload_too_large');
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw new AppError(415, 'unsupported_media_type');
    throw error;
  }
}
