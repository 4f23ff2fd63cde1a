import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentEvidence } from '../../presenters/reports.ts';
import { deleteEvidence, readEvidence, uploadEvidence } from '../../services/evidence.ts';
import { fileDownload, idParams, noContent } from '../../../shared/contracts/common.ts';
import { evidenceResponse, reportParams } from '../../../shared/contracts/reports.ts';
import { evidenceUpload } from '../../../shared/contracts/uploads.ts';
import { multipartForm } from '../multipart.ts';
import { readEvidenceUpload } from './upload.ts';

/** RFC 6266: an ASCII fallback name plus the exact UTF-8 one. */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Evidence files of reports (issue 4, item 2): upload to an editable report, download, detach. */
export const evidenceRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['reports'];

  app.post(
    '/report-periods/:id/reports/:unitId/evidence',
    {
      config: multipartForm(evidenceUpload),
      schema: { tags, params: reportParams, response: { 201: evidenceResponse } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const upload = await readEvidenceUpload(request, deps.config.evidenceMaxBytes);
      const { id, unitId } = request.params;
      const file = await uploadEvidence(deps, actor, id, unitId, upload);
      return reply.status(201).send(presentEvidence(file));
    },
  );

  app.get(
    '/evidence/:id',
    { schema: { tags, params: idParams, response: fileDownload('The evidence file as uploaded') } },
    async (request, reply) => {
      const { file, stream } = await readEvidence(deps, requireActor(request), request.params.id);
      return reply
        .type(file.mediaType)
        .header('content-disposition', attachment(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(stream);
    },
  );

  app.delete(
    '/evidence/:id',
    { schema: { tags, params: idParams, response: noContent } },
    async (request, reply) => {
      await deleteEvidence(deps, requireActor(request), request.params.id);
      return reply.status(204).send();
    },
  );
};
