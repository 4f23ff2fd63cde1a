import {
  ActionIcon,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { Criterion, CriterionKind } from '../../shared/contracts/criteria-content.ts';
import { unitKinds } from '../../shared/unit-kinds.ts';
import { useI18n } from '../i18n/index.ts';
import { criterionOfKind, fieldId } from './CriteriaChecks.ts';

/** The kinds in the order the select offers them (a type-only import keeps zod out of the bundle). */
const criterionKinds = [
  'quantitative',
  'qualitative',
  'bonus',
  'penalty',
] as const satisfies readonly CriterionKind[];

/** Move up / move down / delete, each labelled with what it acts on. */
export function MoveButtons(props: {
  what: string;
  onUp: (() => void) | undefined;
  onDown: (() => void) | undefined;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  return (
    <Group gap={6}>
      <ActionIcon
        size="lg"
        variant="default"
        aria-label={t('criteria.moveUp', { what: props.what })}
        disabled={!props.onUp}
        onClick={props.onUp}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        size="lg"
        variant="default"
        aria-label={t('criteria.moveDown', { what: props.what })}
        disabled={!props.onDown}
        onClick={props.onDown}
      >
        ↓
      </ActionIcon>
      <ActionIcon
        size="lg"
        variant="default"
        color="red"
        aria-label={t('criteria.remove', { what: props.what })}
        onClick={props.onRemove}
      >
        ×
      </ActionIcon>
    </Group>
  );
}

/** One criterion's fields; the kind decides which extra fields show. */
export function CriterionCard(props: {
  path: string;
  index: number;
  criterion: Criterion;
  errors: Record<string, string>;
  onChange: (c: Criterion) => void;
  onUp: (() => void) | undefined;
  onDown: (() => void) | undefined;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const { path, criterion: c, errors, onChange } = props;
  const what = t('criteria.criterion', { n: props.index + 1 });
  const f = (name: string) => ({
    id: fieldId(`${path}.${name}`),
    error: errors[`${path}.${name}`],
  });
  const num = (v: string | number) => (typeof v === 'number' ? v : Number.NaN);
  const set = (patch: Partial<Criterion>) => onChange({ ...c, ...patch } as Criterion);
  const opts = (prefix: string, values: readonly string[]) =>
    values.map((value) => ({
      value,
      label: t(`criteria.${prefix}_${value}` as 'criteria.kind_bonus'),
    }));
  return (
    <Card withBorder padding="sm" bg="gray.0" data-testid={`criterion-${path}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700}>
            {what}
            {c.code ? ` · ${c.code}` : ''}
          </Text>
          <MoveButtons
            what={what}
            onUp={props.onUp}
            onDown={props.onDown}
            onRemove={props.onRemove}
          />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            {...f('code')}
            label={t('criteria.code')}
            value={c.code}
            onChange={(e) => set({ code: e.currentTarget.value })}
          />
          <Select
            {...f('kind')}
            label={t('criteria.kind')}
            data={opts('kind', criterionKinds)}
            value={c.kind}
            allowDeselect={false}
            onChange={(v) => {
              const kind = criterionKinds.find((k) => k === v);
              if (kind) onChange(criterionOfKind(c, kind));
            }}
          />
          <NumberInput
            {...f('maxPoints')}
            label={t('criteria.maxPoints')}
            value={c.maxPoints}
            min={0}
            decimalSeparator=","
            onChange={(v) => set({ maxPoints: num(v) })}
          />
        </SimpleGrid>
        <Textarea
          {...f('name.vi')}
          label={t('criteria.nameVi')}
          value={c.name.vi}
          autosize
          minRows={2}
          onChange={(e) => set({ name: { ...c.name, vi: e.currentTarget.value } })}
        />
        <Textarea
          {...f('name.en')}
          label={t('criteria.nameEn')}
          value={c.name.en}
          autosize
          minRows={1}
          onChange={(e) => set({ name: { ...c.name, en: e.currentTarget.value } })}
        />
        {c.kind === 'quantitative' && (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                {...f('indicator')}
                label={t('criteria.indicator')}
                value={c.indicator}
                onChange={(e) => set({ indicator: e.currentTarget.value })}
              />
              <TextInput
                {...f('measure')}
                label={t('criteria.measure')}
                value={c.measure}
                onChange={(e) => set({ measure: e.currentTarget.value })}
              />
              <Select
                {...f('direction')}
                label={t('criteria.direction')}
                data={opts('direction', ['higher', 'lower'])}
                value={c.direction}
                allowDeselect={false}
                onChange={(v) => v && set({ direction: v as 'higher' })}
              />
              <Select
                {...f('aggregation')}
                label={t('criteria.aggregation')}
                data={opts('aggregation', ['sum', 'average', 'weighted_average', 'none'])}
                value={c.aggregation}
                allowDeselect={false}
                onChange={(v) => v && set({ aggregation: v as 'sum' })}
              />
            </SimpleGrid>
            <Text fw={600} size="sm">
              {t('criteria.targets')}
            </Text>
            {c.targets.map((target, ti) => (
              <Group key={ti} gap="xs" align="flex-end" wrap="nowrap">
                <NumberInput
                  {...f(`targets.${ti}.year`)}
                  label={t('criteria.targetYear')}
                  value={target.year}
                  w={110}
                  thousandSeparator=""
                  onChange={(v) =>
                    set({
                      targets: c.targets.map((x, i) => (i === ti ? { ...x, year: num(v) } : x)),
                    })
                  }
                />
                <NumberInput
                  {...f(`targets.${ti}.value`)}
                  label={t('criteria.targetValue')}
                  value={target.value}
                  decimalSeparator=","
                  style={{ flex: 1 }}
                  onChange={(v) =>
                    set({
                      targets: c.targets.map((x, i) => (i === ti ? { ...x, value: num(v) } : x)),
                    })
                  }
                />
                <ActionIcon
                  size="lg"
                  variant="default"
                  mb={errors[`${path}.targets.${ti}.year`] ? 22 : 0}
                  aria-label={t('criteria.removeTarget', { year: target.year })}
                  onClick={() => set({ targets: c.targets.filter((_, i) => i !== ti) })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              size="xs"
              variant="subtle"
              w="fit-content"
              onClick={() =>
                set({
                  targets: [
                    ...c.targets,
                    {
                      year: (c.targets.at(-1)?.year ?? new Date().getFullYear() - 1) + 1,
                      value: 0,
                    },
                  ],
                })
              }
            >
              {t('criteria.addTarget')}
            </Button>
          </>
        )}
        {c.kind === 'qualitative' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              {...f('scale')}
              label={t('criteria.scale')}
              data={opts('scale', ['yes_no', 'levels'])}
              value={c.scale}
              allowDeselect={false}
              onChange={(v) => v && set({ scale: v as 'yes_no' })}
            />
            {c.scale === 'levels' && (
              <Textarea
                {...f('levels')}
                label={t('criteria.levels')}
                value={c.levels.join('\n')}
                autosize
                minRows={2}
                onChange={(e) => set({ levels: e.currentTarget.value.split('\n') })}
              />
            )}
            <Checkbox
              id={fieldId(`${path}.evidenceRequired`)}
              label={t('criteria.evidenceRequired')}
              checked={c.evidenceRequired}
              onChange={(e) => set({ evidenceRequired: e.currentTarget.checked })}
              mt="sm"
            />
          </SimpleGrid>
        )}
        {(c.kind === 'bonus' || c.kind === 'penalty') && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              {...f('pointsPerEvent')}
              label={t('criteria.pointsPerEvent')}
              value={c.pointsPerEvent}
              min={0}
              decimalSeparator=","
              onChange={(v) => set({ pointsPerEvent: num(v) })}
            />
            <NumberInput
              {...f('cap')}
              label={t('criteria.cap')}
              value={c.cap}
              min={0}
              decimalSeparator=","
              onChange={(v) => set({ cap: num(v) })}
            />
          </SimpleGrid>
        )}
        <MultiSelect
          {...f('unitKinds')}
          label={t('criteria.unitKinds')}
          data={unitKinds.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
          value={c.unitKinds}
          onChange={(v) => set({ unitKinds: v })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            {...f('source.kind')}
            label={t('criteria.sourceKind')}
            data={opts('source', ['plan_clause', 'department_decision'])}
            value={c.source.kind}
            allowDeselect={false}
            onChange={(v) => v && set({ source: { ...c.source, kind: v as 'plan_clause' } })}
          />
          <TextInput
            {...f('source.reference')}
            label={t('criteria.sourceReference')}
            value={c.source.reference}
            onChange={(e) => set({ source: { ...c.source, reference: e.currentTarget.value } })}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
