import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../../shared/errors.ts';
import { wastePhotoMaxBytes } from '../../../shared/waste.ts';
import type { PhotoUpload } from '../../services/waste-intake.ts';

/** One photo (`file`) and `keepMetadata` ("true" keeps the photo's location and camera data). */
export async function readPhotoUpload(request: FastifyRequest): Promise<PhotoUpload> {
  let data: Buffer | undefined;
  let keepMetadata = false;
  try {
    for await (const part of request.parts({
      limits: { fileSize: wastePhotoMaxBytes, files: 1, fields: 3 },
    })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') data = bytes;
      } else if (part.fieldname === 'keepMetadata') {
        keepMetadata = String(part.value) === 'true';
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(413, 'payload_too_large', {
        file: { key: 'evidence_too_large', params: { max: wastePhotoMaxBytes / 1024 / 1024 } },
      });
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw new AppError(415, 'unsupported_media_type');
    if (code?.startsWith('FST_')) throw new AppError(413, 'payload_too_large');
    throw new AppError(400, 'malformed_body');
  }
  if (!data || data.length === 0) throw invalid({ file: { key: 'evidence_no_file' } });
  return { data, keepMetadata };
}
