import { Select, type ComboboxItem, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { unitTreeQuery } from '../api/units.ts';
import { useI18n } from '../i18n/index.ts';
import { fold, todayIso } from '../lib/format.ts';
import { buildTree } from '../lib/tree.ts';

/** Matches typed text against labels with diacritics folded ("so noi vu" finds "Sở Nội vụ"). */
const foldedFilter: OptionsFilter = ({ options, search }) => {
  const q = fold(search);
  if (!q) return options;
  return (options as ComboboxItem[]).filter((o) => fold(o.label).includes(q));
};

/** A searchable unit picker fed by the unit tree as of a date; options indented by depth. */
export function UnitSelect({
  asOf,
  exclude,
  ...props
}: Omit<SelectProps, 'data'> & { asOf?: string; exclude?: string }) {
  const { t } = useI18n();
  const date = asOf ?? todayIso();
  const { data, isPending } = useQuery(unitTreeQuery(date));
  const { options, depths } = useMemo(() => {
    const index = buildTree(data?.units ?? []);
    const out: ComboboxItem[] = [];
    const depthOf = new Map<string, number>();
    const walk = (list: typeof index.roots, depth: number) => {
      for (const unit of list) {
        if (unit.id === exclude) continue;
        out.push({ value: unit.id, label: unit.name });
        depthOf.set(unit.id, depth);
        walk(index.children.get(unit.id) ?? [], depth + 1);
      }
    };
    walk(index.roots, 0);
    return { options: out, depths: depthOf };
  }, [data, exclude]);
  return (
    <Select
      label={t('unitSelect.label')}
      placeholder={t('unitSelect.placeholder')}
      nothingFoundMessage={t('unitSelect.nothing')}
      searchable
      filter={foldedFilter}
      limit={100}
      disabled={isPending}
      data={options}
      renderOption={({ option }) => (
        <span style={{ paddingLeft: (depths.get(option.value) ?? 0) * 12 }}>{option.label}</span>
      )}
      {...props}
    />
  );
}
