import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../../shared/errors.ts';
import type { EvidenceUpload } from '../../services/evidence.ts';

/**
 * The multipart evidence upload: one `file` and an optional `criterionCode` field, in any
 * order. An oversized file is refused with a field message naming the limit.
 */
export async function readEvidenceUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<EvidenceUpload> {
  let data: Buffer | undefined;
  let fileName = '';
  let criterionCode: string | undefined;
  try {
    for await (const part of request.parts({
      limits: { fileSize: maxBytes, files: 1, fields: 5 },
    })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname !== 'file') continue;
        data = bytes;
        fileName = part.filename;
      } else if (part.fieldname === 'criterionCode') {
        criterionCode = String(part.value ?? '').trim() || undefined;
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(413, 'payload_too_large', {
        file: { key: 'evidence_too_large', params: { max: Math.round(maxBytes / 1024 / 1024) } },
      });
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw new AppError(413, 'payload_too_large');
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
      throw new AppError(415, 'unsupported_media_type');
    throw error;
  }
  if (!data || data.length === 0) throw invalid({ file: { key: 'evidence_no_file' } });
  return { data, fileName, criterionCode };
}
