import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickLocale } from '../../../shared/locale.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { importIndicators, indicatorWorkbook } from '../../services/reports-excel.ts';
import { spreadsheetUpload } from '../../../shared/contracts/uploads.ts';
import { multipartForm } from '../multipart.ts';
import { readUpload } from '../units/upload.ts';
import { attachment } from './evidence.ts';
import { fileDownload, idParams, importQuery } from '../../../shared/contracts/common.ts';
import {
  indicatorImportResponse,
  workbookQuery,
} from '../../../shared/contracts/report-periods.ts';

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The Excel round trip of indicator values (issue 4, item 5). */
export const indicatorWorkbookRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  const tags = ['reports'];

  app.get(
    '/report-periods/:id/indicators.xlsx',
    {
      schema: {
        tags,
        params: idParams,
        querystring: workbookQuery,
        response: fileDownload('The indicator workbook (XLSX)'),
      },
    },
    async (request, reply) => {
      const { period, data } = await indicatorWorkbook(
        deps,
        requireActor(request),
        request.params.id,
        request.query.unitIds,
      );
      const name = `chỉ-số-báo-cáo-${period.year}${period.half ? `-${period.half}` : ''}.xlsx`;
      return reply.type(xlsxMime).header('content-disposition', attachment(name)).send(data);
    },
  );

  app.post(
    '/report-periods/:id/indicators/import',
    {
      config: multipartForm(spreadsheetUpload),
      schema: {
        tags,
        params: idParams,
        querystring: importQuery,
        response: { 200: indicatorImportResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return importIndicators(
        deps,
        actor,
        request.params.id,
        await readUpload(request),
        request.query.mode,
        pickLocale(request.headers['accept-language']),
      );
    },
  );
};
