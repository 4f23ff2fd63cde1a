import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pickLocale } from '../../../shared/locale.ts';
import type { Deps } from '../../deps.ts';
import { requireActor } from '../../plugins/session.ts';
import { presentLineage, presentTree, presentUnitDetail } from '../../presenters/units.ts';
import * as units from '../../services/units.ts';
import { getLineage, getTree, getUnit } from '../../services/units-read.ts';
import { buildImportTemplate, xlsxMime } from '../../services/units-excel.ts';
import { importSuccessions, importUnits } from '../../services/units-import.ts';
import { dissolveUnit, mergeUnits, splitUnit } from '../../services/units-restructure.ts';
import { fileDownload, importQuery, importReport } from '../../../shared/contracts/common.ts';
import {
  createUnitBody,
  dissolveBody,
  lineageResponse,
  mergeBody,
  moveBody,
  renameBody,
  splitBody,
  treeQuery,
  treeResponse,
  unitDetailResponse,
  unitIdParams,
} from '../../../shared/contracts/units.ts';
import { spreadsheetUpload } from '../../../shared/contracts/uploads.ts';
import { multipartForm } from '../multipart.ts';
import { maxUploadBytes, readUpload } from './upload.ts';

/** The org unit tree with its history: read as of a day, change by dated events, import from Excel. */
export const unitRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  // multipart only for this plugin's import routes; everything else stays JSON-only
  await app.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1 } });
  const tags = ['units'];

  app.get(
    '/units/tree',
    { schema: { tags, querystring: treeQuery, response: { 200: treeResponse } } },
    async (request) => {
      return presentTree(await getTree(deps, requireActor(request), request.query.asOf));
    },
  );

  app.get(
    '/units/:id',
    { schema: { tags, params: unitIdParams, response: { 200: unitDetailResponse } } },
    async (request) => {
      const actor = requireActor(request);
      return presentUnitDetail(actor, await getUnit(deps, actor, request.params.id));
    },
  );

  app.get(
    '/units/:id/lineage',
    { schema: { tags, params: unitIdParams, response: { 200: lineageResponse } } },
    async (request) => {
      return presentLineage(await getLineage(deps, requireActor(request), request.params.id));
    },
  );

  app.post(
    '/units',
    { schema: { tags, body: createUnitBody, response: { 201: treeResponse } } },
    async (request, reply) => {
      return reply
        .status(201)
        .send(presentTree(await units.createUnit(deps, requireActor(request), request.body)));
    },
  );

  app.post(
    '/units/:id/rename',
    { schema: { tags, params: unitIdParams, body: renameBody, response: { 200: treeResponse } } },
    async (request) => {
      return presentTree(
        await units.renameUnit(deps, requireActor(request), request.params.id, request.body),
      );
    },
  );

  app.post(
    '/units/:id/move',
    { schema: { tags, params: unitIdParams, body: moveBody, response: { 200: treeResponse } } },
    async (request) => {
      return presentTree(
        await units.moveUnit(deps, requireActor(request), request.params.id, request.body),
      );
    },
  );

  app.post(
    '/units/merge',
    { schema: { tags, body: mergeBody, response: { 200: treeResponse } } },
    async (request) => {
      return presentTree(await mergeUnits(deps, requireActor(request), request.body));
    },
  );

  app.post(
    '/units/:id/split',
    { schema: { tags, params: unitIdParams, body: splitBody, response: { 200: treeResponse } } },
    async (request) => {
      return presentTree(
        await splitUnit(deps, requireActor(request), request.params.id, request.body),
      );
    },
  );

  app.post(
    '/units/:id/dissolve',
    { schema: { tags, params: unitIdParams, body: dissolveBody, response: { 200: treeResponse } } },
    async (request) => {
      return presentTree(
        await dissolveUnit(deps, requireActor(request), request.params.id, request.body),
      );
    },
  );

  app.get(
    '/units/import/template.xlsx',
    { schema: { tags, response: fileDownload('The unit import workbook (XLSX), empty') } },
    async (request, reply) => {
      requireActor(request);
      return reply
        .type(xlsxMime)
        .header(
          'content-disposition',
          `attachment; filename="thidua-don-vi.xlsx"; filename*=UTF-8''${encodeURIComponent('thidua-đơn-vị.xlsx')}`,
        )
        .send(await buildImportTemplate());
    },
  );

  app.post(
    '/units/import',
    {
      config: multipartForm(spreadsheetUpload),
      schema: { tags, querystring: importQuery, response: { 200: importReport } },
    },
    async (request) => {
      const actor = requireActor(request);
      return importUnits(
        deps,
        actor,
        await readUpload(request),
        request.query.mode,
        pickLocale(request.headers['accept-language']),
      );
    },
  );

  app.post(
    '/units/import-successors',
    {
      config: multipartForm(spreadsheetUpload),
      schema: { tags, querystring: importQuery, response: { 200: importReport } },
    },
    async (request) => {
      const actor = requireActor(request);
      return importSuccessions(
        deps,
        actor,
        await readUpload(request),
        request.query.mode,
        pickLocale(request.headers['accept-language']),
      );
    },
  );
};
