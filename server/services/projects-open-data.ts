/**
 * The register's open data (issue 13): an OC4IDS 0.9.5 project package and a CSV of the list.
 * Ids are stable: `oc4ids-thidua-<tenant code>-<project code>`.
 */
import type { Deps } from '../deps.ts';
import { milestoneState } from '../domain/projects/index.ts';
import { ocidOf } from './projects-views.ts';
import {
  oc4idsSector,
  oc4idsStatus,
  oc4idsType,
  type ProjectSector,
  type ProjectStatus,
  type ProjectType,
} from '../../shared/projects.ts';
import { loadRegister, rateOfProject } from './projects-register.ts';
import { listProjects, ocidPrefix } from './projects.ts';

const dateTime = (day: string) => `${day}T00:00:00+07:00`;

export async function oc4idsPackage(
  deps: Deps,
  tenant: { id: string; name: string },
  baseUri: string,
) {
  const reg = await loadRegister(deps, tenant.id);
  const prefix = await ocidPrefix(deps, tenant.id);
  const year = Number(reg.today.slice(0, 4));
  const projects = reg.projects.map((p) => {
    const investor = {
      id: `unit-${p.investorUnitId}`,
      name: reg.names.get(p.investorUnitId) ?? '',
    };
    const milestones = reg.milestones
      .filter((m) => m.projectId === p.id)
      .map((m) => {
        const state = milestoneState(m.plannedOn, m.actualOn, reg.today);
        return {
          id: m.id,
          title: m.title,
          type: 'delivery',
          dueDate: dateTime(m.plannedOn),
          ...(m.actualOn ? { dateMet: dateTime(m.actualOn) } : {}),
          status: m.actualOn ? 'met' : state === 'overdue' ? 'notMet' : 'scheduled',
        };
      });
    const communes = reg.communes.get(p.id) ?? [];
    const rate = rateOfProject(reg, p.id, year);
    const locations = [
      ...(p.lat !== null && p.lng !== null
        ? [{ id: 'point', geometry: { type: 'Point', coordinates: [p.lng, p.lat] } }]
        : []),
      ...communes.map((id) => ({
        id: `commune-${id}`,
        description: reg.names.get(id) ?? id,
        address: { region: reg.names.get(id) ?? id, countryName: 'Việt Nam' },
      })),
    ];
    return {
      id: ocidOf(prefix, p.code),
      updated: p.updatedAt.toISOString(),
      language: 'vi',
      identifiers: [{ id: p.code, scheme: `${prefix}-code` }],
      title: p.name,
      ...(p.description ? { description: p.description } : {}),
      status: oc4idsStatus[p.status as ProjectStatus],
      type: oc4idsType[p.type as ProjectType],
      sector: [oc4idsSector[p.sector as ProjectSector]],
      period: { startDate: dateTime(p.plannedStart), endDate: dateTime(p.plannedEnd) },
      ...(p.actualStart
        ? {
            implementationPeriod: {
              startDate: dateTime(p.actualStart),
              ...(p.actualEnd ? { endDate: dateTime(p.actualEnd) } : {}),
            },
          }
        : {}),
      budget: {
        amount: { amount: p.totalInvestment, currency: 'VND' },
        ...(rate.plan > 0
          ? {
              description: `Kế hoạch vốn năm ${year}: ${rate.plan} đ; đã giải ngân ${rate.disbursed} đ (${rate.rate}%).`,
            }
          : {}),
      },
      publicAuthority: investor,
      parties: [{ ...investor, roles: ['publicAuthority'] }],
      ...(locations.length ? { locations } : {}),
      ...(milestones.length ? { milestones } : {}),
    };
  });
  return {
    uri: `${baseUri}/api/public/projects.oc4ids.json`,
    version: '0.9',
    publishedDate: deps.clock().toISOString(),
    publisher: { name: tenant.name },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    publicationPolicy: `${baseUri}/cong-khai/du-an`,
    projects,
  };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The list as CSV (UTF-8 with BOM so Excel reads Vietnamese). */
export async function projectsCsv(
  deps: Deps,
  tenantId: string,
  q: Parameters<typeof listProjects>[2],
): Promise<string> {
  const list = await listProjects(deps, tenantId, q);
  const header = [
    'ma_du_an',
    'ten_du_an',
    'linh_vuc',
    'loai',
    'trang_thai',
    'chu_dau_tu',
    'xa_phuong',
    'khoi_cong_ke_hoach',
    'hoan_thanh_ke_hoach',
    'tong_muc_dau_tu',
    'nam',
    'ke_hoach_von_nam',
    'da_giai_ngan',
    'ty_le_giai_ngan',
    'tien_do_thuc_te',
  ];
  const lines = list.projects.map((p) =>
    [
      p.code,
      p.name,
      p.sector,
      p.type,
      p.status,
      p.investor.name,
      p.communes.map((c) => c.name).join('; '),
      p.plannedStart,
      p.plannedEnd,
      p.totalInvestment,
      list.year,
      p.rate.plan,
      p.rate.disbursed,
      p.rate.rate ?? '',
      p.physicalProgress,
    ]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
