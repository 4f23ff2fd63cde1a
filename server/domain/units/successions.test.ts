import { describe, expect, it } from 'vitest';
import { planCreate } from './basic.ts';
import { planDissolve } from './dissolve.ts';
import { run, smallProvince } from '../../../test/support/unit-fixtures.ts';
import { matchUnit, normaliseName } from './name-match.ts';
import { indexState } from './state.ts';
import { planSuccessionImport, type SuccessionRow } from './successions.ts';

const anyone = () => true;
const srow = (n: number, oldCode: string, successorCode: string): SuccessionRow => ({
  row: n,
  oldCode,
  successorCode,
  effectiveDate: '2025-07-01',
  share: '',
});

/**
 * The small province after a 2025-style reorganisation: D1 and D2 dissolved with their communes
 * (renamed as Lai Châu spells them) ending the same day, two new communes created.
 */
function reorganised() {
  const p = smallProvince();
  const { ctx, id } = p;
  let state = p.state;
  const rename = (code: string, name: string, shortName: string) => {
    state = {
      ...state,
      versions: state.versions.map((v) => (v.unitId === id(code) ? { ...v, name, shortName } : v)),
    };
  };
  rename('C1', 'Xã Ma Li Pho', 'Ma Li Pho');
  rename('C2', 'Xã Pa Khóa', 'Pa Khóa');
  rename('C3', 'Xã Mường Tè', 'Mường Tè');
  for (const c of ['NEW1', 'NEW2'])
    state = run(state, (i) =>
      planCreate(i, ctx, {
        code: c,
        kind: 'commune',
        name: c === 'NEW1' ? 'Xã Phong Thổ' : 'Xã Mường Tè',
        shortName: c === 'NEW1' ? 'Phong Thổ' : 'Mường Tè',
        parentId: id('P'),
        validFrom: '2025-07-01',
      }),
    );
  for (const c of ['C1', 'C2', 'C3', 'D1', 'D2'])
    state = run(state, (i) => planDissolve(i, ctx, { unitId: id(c), effectiveDate: '2025-07-01' }));
  return { ...p, state };
}

describe('normaliseName', () => {
  it('reads case, dots, spaces and tone placement alike, but keeps diacritics apart', () => {
    expect(normaliseName('  Xã  Pa Khoá ')).toBe(normaliseName('xã pa khóa'));
    expect(normaliseName('P. Tân Phong')).toBe(normaliseName('Phường Tân Phong'));
    expect(normaliseName('TT. Than Uyên')).toBe(normaliseName('Thị trấn Than Uyên'));
    expect(normaliseName('Nậm Cha')).not.toBe(normaliseName('Nậm Chà'));
  });
});

describe('matchUnit', () => {
  const aliases = [['Ma Ly Pho', 'Ma Li Pho']] as const;

  it('finds a predecessor by its name on its last day, in either spelling', () => {
    const p = reorganised();
    const index = indexState(p.state);
    const find = (cell: string) => matchUnit(index, aliases, cell, '2025-07-01', { endedOn: true });
    for (const cell of ['C1', 'Xã Ma Li Pho', 'Ma Ly Pho', 'xã ma ly pho'])
      expect(find(cell), cell).toEqual({ unit: index.unit(p.id('C1')) });
    expect(find('Pa Khoá')).toEqual({ unit: index.unit(p.id('C2')) });
    // the new Xã Mường Tè did not exist on 2025-06-30
    expect(find('Mường Tè')).toEqual({ unit: index.unit(p.id('C3')) });
    expect(find('Xã Không Có')).toEqual({ none: true });
  });

  it('finds a successor among the units in force on the day, and reports a name shared by two', () => {
    const p = reorganised();
    const index = indexState(p.state);
    expect(matchUnit(index, aliases, 'Phong Thổ', '2025-07-01')).toEqual({
      unit: index.unitByCode('NEW1'),
    });
    const twice = run(p.state, (i) =>
      planCreate(i, p.ctx, {
        code: 'NEW3',
        kind: 'commune',
        name: 'Xã Phong Thổ',
        parentId: p.id('P'),
        validFrom: '2025-07-01',
      }),
    );
    const found = matchUnit(indexState(twice), aliases, 'Xã Phong Thổ', '2025-07-01');
    expect('ambiguous' in found && found.ambiguous.map((u) => u.code).sort()).toEqual([
      'NEW1',
      'NEW3',
    ]);
  });
});

describe('planSuccessionImport over unverified links', () => {
  it('accepts names, replaces the unverified links of the same predecessors and day', () => {
    const p = reorganised();
    const index = indexState(p.state);
    const new1 = index.unitByCode('NEW1')!.id;
    const new2 = index.unitByCode('NEW2')!.id;
    const link = (eventId: string, pred: string, succId: string) => ({
      eventId,
      predId: p.id(pred),
      succId,
      date: '2025-07-01',
    });
    const provisional = [
      link('seeded-1', 'C1', new1),
      link('seeded-1', 'C2', new1),
      link('seeded-2', 'C3', new2),
    ];
    // the seed linked C1, C2 to NEW1 and C3 to NEW2 (unverified); the office says C1 → NEW1,
    // C2 → NEW2: for the units the file names, its links are the whole truth
    const out = planSuccessionImport(
      index,
      p.ctx,
      [srow(2, 'Ma Ly Pho', 'Phong Thổ'), srow(3, 'Xã Pa Khoá', 'NEW2')],
      new Set(),
      anyone,
      { aliases: [['Ma Ly Pho', 'Ma Li Pho']], provisional },
    );
    expect(out.errors).toEqual([]);
    expect(out.createdRows).toEqual([2, 3]);
    expect(out.plan.events.every((e) => e.verified === undefined && e.kind === 'merge')).toBe(true);
    expect(out.superseded).toEqual([
      { eventId: 'seeded-1', predId: p.id('C1') },
      { eventId: 'seeded-1', predId: p.id('C2') },
      { eventId: 'seeded-2', predId: p.id('C3') },
    ]);
  });

  it('creates the link again when only an unverified one exists, and skips a verified one', () => {
    const p = reorganised();
    const index = indexState(p.state);
    const newId = index.unitByCode('NEW1')!.id;
    const provisional = [
      { eventId: 'seeded-1', predId: p.id('C1'), succId: newId, date: '2025-07-01' },
    ];
    const fresh = planSuccessionImport(index, p.ctx, [srow(2, 'C1', 'NEW1')], new Set(), anyone, {
      provisional,
    });
    expect(fresh).toMatchObject({ createdRows: [2], superseded: [{ eventId: 'seeded-1' }] });
    const known = planSuccessionImport(
      index,
      p.ctx,
      [srow(2, 'C1', 'NEW1')],
      new Set([`${p.id('C1')}>${newId}`]),
      anyone,
      { provisional: [] },
    );
    expect(known).toMatchObject({ createdRows: [], superseded: [], errors: [] });
  });

  it('names an unknown or ambiguous cell in the row error', () => {
    const p = reorganised();
    const out = planSuccessionImport(
      indexState(p.state),
      p.ctx,
      [srow(2, 'Xã Không Có', 'NEW1'), srow(3, 'C1', 'Mường Tè '), srow(4, 'C2', '')],
      new Set(),
      anyone,
    );
    expect(out.errors.map((e) => [e.row, e.field, e.key, e.params])).toEqual([
      [2, 'oldCode', 'unit_code_or_name_not_found', { code: 'Xã Không Có' }],
      [4, 'successorCode', 'required', undefined],
    ]);
    expect(out.createdRows).toEqual([3]);
  });
});
