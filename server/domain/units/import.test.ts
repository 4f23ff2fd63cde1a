import { describe, expect, it } from 'vitest';
import { planDissolve } from './dissolve.ts';
import { run, smallProvince } from '../../../test/support/unit-fixtures.ts';
import { normalizeDate, planUnitImport, type UnitImportRow } from './import.ts';
import { lineage } from './lineage.ts';
import { applyPlan, indexState, nodeOn } from './state.ts';
import { planSuccessionImport, type SuccessionRow } from './successions.ts';
import { planCreate } from './basic.ts';

const row = (n: number, r: Partial<UnitImportRow>): UnitImportRow => ({
  row: n,
  code: '',
  name: '',
  kind: 'commune',
  parentCode: 'D1',
  validFrom: '2021-01-01',
  shortName: '',
  validTo: '',
  ...r,
});
const anyone = () => true;

describe('normalizeDate', () => {
  it.each([
    ['2025-07-01', '2025-07-01'],
    ['1/7/2025', '2025-07-01'],
    ['01-07-2025', '2025-07-01'],
    ['01.07.2025', '2025-07-01'],
    ['31/02/2025', undefined],
    ['July 1', undefined],
  ])('%s → %s', (raw, iso) => expect(normalizeDate(raw)).toBe(iso));
});

describe('planUnitImport', () => {
  it('accepts parents from earlier rows and reports every bad row with its field', () => {
    const p = smallProvince();
    const out = planUnitImport(
      indexState(p.state),
      p.ctx,
      [
        row(2, { code: 'X1', name: 'Xã Mới', parentCode: 'D1' }),
        row(3, { code: 'T1', name: 'Thôn Một', kind: 'sub_unit', parentCode: 'X1' }),
        row(4, { code: 'C1', name: 'Trùng mã' }),
        row(5, { code: 'X1', name: 'Trùng trong tệp' }),
        row(6, { code: 'Q', name: 'Sai loại', kind: 'planet' }),
        row(7, { code: 'R', name: 'Sai ngày', validFrom: '31/02/2021' }),
        row(8, { code: 'S', name: 'Cha chưa có', parentCode: 'LATER' }),
        row(9, { code: 'LATER', name: 'Sau', parentCode: 'D1' }),
        row(10, { code: 'U', name: 'Cha lỗi', parentCode: 'Q' }),
      ],
      anyone,
    );
    expect(out.validRows).toEqual([2, 3, 9]);
    expect(out.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [4, 'code', 'unit_code_taken'],
      [5, 'code', 'duplicate_in_file'],
      [6, 'kind', 'invalid_option'],
      [7, 'validFrom', 'invalid_date'],
      [8, 'parentCode', 'parent_code_not_found'],
      [10, 'parentCode', 'parent_row_invalid'],
    ]);
    const after = indexState(applyPlan(p.state, out.plan));
    const x1 = after.unitByCode('X1')!.id;
    expect(nodeOn(after, after.unitByCode('T1')!.id, '2021-01-01')?.parentId).toBe(x1);
  });

  it('imports units that have already ended, under parents that ended with them', () => {
    const province = smallProvince();
    const { ctx, id } = province;
    let state = province.state;
    state = run(state, (i) =>
      planDissolve(i, ctx, { unitId: id('C3'), effectiveDate: '2025-07-01' }),
    );
    state = run(state, (i) =>
      planDissolve(i, ctx, { unitId: id('D2'), effectiveDate: '2025-07-01' }),
    );
    const out = planUnitImport(
      indexState(state),
      ctx,
      [
        row(2, {
          code: 'OLD1',
          name: 'Xã Cũ',
          parentCode: 'D2',
          validFrom: '2021-01-01',
          validTo: '2025-07-01',
        }),
        row(3, { code: 'OLD2', name: 'Xã Cũ Hai', parentCode: 'D2', validFrom: '2021-01-01' }),
        row(4, {
          code: 'OLD3',
          name: 'Xã Cũ Ba',
          parentCode: 'D2',
          validFrom: '2021-01-01',
          validTo: '2020-06-01',
        }),
      ],
      anyone,
    );
    expect(out.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [3, 'parentCode', 'unit_ends'],
      [4, 'validTo', 'date_not_after'],
    ]);
    expect(out.plan.insertUnits).toMatchObject([{ code: 'OLD1', validTo: '2025-07-01' }]);
  });

  it('refuses rows under units the importer does not administer', () => {
    const p = smallProvince();
    const out = planUnitImport(
      indexState(p.state),
      p.ctx,
      [
        row(2, { code: 'X', name: 'X', parentCode: 'D2' }),
        row(3, { code: 'Y', name: 'Y', parentCode: 'D1' }),
      ],
      (parent) => parent === p.id('D1'),
    );
    expect(out.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [2, 'parentCode', 'forbidden'],
    ]);
  });
});

describe('planSuccessionImport', () => {
  const srow = (
    n: number,
    oldCode: string,
    successorCode: string,
    effectiveDate = '2025-07-01',
    share = '',
  ): SuccessionRow => ({ row: n, oldCode, successorCode, effectiveDate, share });

  it('links units that already ended that day, ends those still active, and skips recorded links', () => {
    const province = smallProvince();
    const { ctx, id } = province;
    let state = province.state;
    // the reorganisation already created the new commune and dissolved district D2 (C3 went to P)
    state = run(state, (i) =>
      planCreate(i, ctx, {
        code: 'NEW',
        kind: 'commune',
        name: 'Xã Mới',
        parentId: id('P'),
        validFrom: '2025-07-01',
      }),
    );
    state = run(state, (i) =>
      planDissolve(i, ctx, { unitId: id('C3'), effectiveDate: '2025-07-01' }),
    );
    const out = planSuccessionImport(
      indexState(state),
      ctx,
      [
        srow(2, 'C1', 'NEW'),
        srow(3, 'C3', 'NEW', '1/7/2025', 'một phần'),
        srow(4, 'C2', 'NEW', '2025-08-01'),
        srow(5, 'NOPE', 'NEW'),
      ],
      new Set(),
      anyone,
    );
    expect(out.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [5, 'oldCode', 'unit_code_or_name_not_found'],
    ]);
    expect(out.createdRows).toEqual([2, 3, 4]);
    expect(out.plan.events.map((e) => e.parties.length)).toEqual([3, 2]);
    const after = applyPlan(state, out.plan);
    const newId = indexState(after).unitByCode('NEW')!.id;
    expect(indexState(after).unit(id('C1'))!.validTo).toBe('2025-07-01');
    expect(lineage(newId, out.plan.events).predecessors.map((e) => [e.unitId, e.share])).toEqual([
      [id('C1'), null],
      [id('C3'), 'một phần'],
      [id('C2'), null],
    ]);
    const again = planSuccessionImport(
      indexState(after),
      ctx,
      [srow(2, 'C1', 'NEW')],
      new Set([`${id('C1')}>${newId}`]),
      anyone,
    );
    expect(again).toMatchObject({ validRows: [2], createdRows: [], errors: [] });
  });

  it('refuses a predecessor that ended on another day', () => {
    const province = smallProvince();
    const { ctx, id } = province;
    let state = province.state;
    state = run(state, (i) =>
      planDissolve(i, ctx, { unitId: id('C3'), effectiveDate: '2025-06-01' }),
    );
    const out = planSuccessionImport(
      indexState(state),
      ctx,
      [srow(2, 'C3', 'C1')],
      new Set(),
      anyone,
    );
    expect(out.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [2, 'effectiveDate', 'predecessor_end_mismatch'],
    ]);
    expect(out.plan.events).toEqual([]);
  });
});
