import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileDownload, idParams } from '../../../shared/contracts/common.ts';
import {
  documentQuery,
  type ConsolidatedFormat,
} from '../../../shared/contracts/report-periods.ts';
import type { Deps } from '../../deps.ts';
import {
  buildConsolidatedAnnexXlsx,
  buildConsolidatedDocx,
  buildConsolidatedPdf,
  consolidatedFileName,
} from '../../documents/consolidated-report.ts';
import { requireActor } from '../../plugins/session.ts';
import { consolidatedReportData } from '../../services/reports-consolidated.ts';
import { attachment } from './evidence.ts';

const formats: Record<ConsolidatedFormat, { type: string; build: typeof buildConsolidatedDocx }> = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    build: buildConsolidatedDocx,
  },
  pdf: { type: 'application/pdf', build: buildConsolidatedPdf },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    build: buildConsolidatedAnnexXlsx,
  },
};

/** The province's consolidated report on a period (issue 4, item 6): DOCX, PDF, XLSX annexes. */
export const consolidatedRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  for (const [extension, format] of Object.entries(formats) as [
    ConsolidatedFormat,
    (typeof formats)[ConsolidatedFormat],
  ][])
    app.get(
      `/report-periods/:id/consolidated.${extension}`,
      {
        schema: {
          tags: ['reports'],
          params: idParams,
          querystring: documentQuery,
          response: fileDownload(`The consolidated report (${extension.toUpperCase()})`),
        },
      },
      async (request, reply) => {
        const { date, number, inline } = request.query;
        const data = await consolidatedReportData(deps, requireActor(request), request.params.id, {
          date,
          number,
        });
        const name = consolidatedFileName(data, extension);
        // The preview is framed by the app's own page; the browser's PDF viewer needs the
        // bytes to be frameable by this origin (the app-wide policy frames nothing).
        if (inline === '1')
          reply
            .header('content-security-policy', "frame-ancestors 'self'")
            .header('x-frame-options', 'SAMEORIGIN');
        return reply
          .type(format.type)
          .header(
            'content-disposition',
            inline === '1' ? attachment(name).replace(/^attachment/, 'inline') : attachment(name),
          )
          .header('cache-control', 'private, no-store')
          .send(await format.build(data));
      },
    );
};
