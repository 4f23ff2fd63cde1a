import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../../shared/errors.ts';
import type { EvidenceUpload } from '../../services/evidence.ts';
import { isSafeText } from '../../../shared/contracts/common.ts';
import { formText, multipartError } from '../multipart.ts';

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
        criterionCode = formText('criterionCode', part.value).trim() || undefined;
      }
    }
  } catch (error) {
    throw multipartError(
      error,
      () =>
        new AppError(413, 'payload_too_large', {
          file: { key: 'evidence_too_large', params: { max: Math.round(maxBytes / 1024 / 1024) } },
        }),
    );
  }
  if (!isSafeText(fileName)) throw invalid({ file: { key: 'text_invalid_character' } });
  if (!data || data.length === 0) throw invalid({ file: { key: 'evidence_no_file' } });
  return { data, fileName, criterionCode };
}
