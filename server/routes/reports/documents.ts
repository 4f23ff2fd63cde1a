import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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
import { periodIdParams } from './schema.ts';

const formats = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    build: buildConsolidatedDocx,
  },
  pdf: { type: 'application/pdf', build: buildConsolidatedPdf },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    build: buildConsolidatedAnnexXlsx,
  },
} as const;

const documentQuery = z.object({
  /** The document's date; today when omitted. */
  date: z.iso.date().optional(),
  /** The register number, once assigned. */
  number: z.string().trim().min(1).max(40).optional(),
  /** "1": shown in the browser (the PDF preview) instead of downloaded. */
  inline: z.enum(['0', '1']).optional(),
});

/** The province's consolidated report on a period (issue 4, item 6): DOCX, PDF, XLSX annexes. */
export const consolidatedRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  for (const [extension, format] of Object.entries(formats) as [
    keyof typeof formats,
    (typeof formats)[keyof typeof formats],
  ][])
    app.get(
      `/report-periods/:id/consolidated.${extension}`,
      { schema: { tags: ['reports'], params: periodIdParams, querystring: documentQuery } },
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
