import {
  ActionIcon,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type {
  PlanContent,
  PlanSection,
  PlanSectionKind,
  PlanTargetItem,
} from '../../shared/contracts/plan-content.ts';
import { comparators, directions, measures } from '../../shared/contracts/targets.ts';
import { useI18n } from '../i18n/index.ts';
import { UnitSelect } from './UnitSelect.tsx';

export type Errors = Record<string, string>;
/** The input id a server field path points at, for the error summary's links. */
export const planFieldId = (path: string) => `plan-${path.replace(/\./g, '-')}`;

interface PartProps {
  content: PlanContent;
  onChange: (next: PlanContent) => void;
  errors: Errors;
}

const num = (v: string | number) => (v === '' ? null : Number(v));

function TargetCard({
  target,
  index,
  update,
  remove,
  errors,
}: {
  target: PlanTargetItem;
  index: number;
  update: (t: PlanTargetItem) => void;
  remove: () => void;
  errors: Errors;
}) {
  const { t } = useI18n();
  const at = `targets.${index}`;
  const setValue = (k: number, change: Partial<PlanTargetItem['values'][number]>) =>
    update({ ...target, values: target.values.map((v, i) => (i === k ? { ...v, ...change } : v)) });
  const lastYear = target.values[target.values.length - 1]?.year ?? 2026;
  return (
    <Card withBorder padding="sm" data-testid={`plan-target-${target.code}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">
            {target.code}
          </Text>
          <Button size="compact-xs" variant="default" onClick={remove}>
            {t('plan.removeTarget')}
          </Button>
        </Group>
        <TextInput
          id={planFieldId(`${at}.name.vi`)}
          label={t('plan.nameVi')}
          value={target.name.vi}
          error={errors[`${at}.name.vi`]}
          onChange={(e) =>
            update({ ...target, name: { ...target.name, vi: e.currentTarget.value } })
          }
        />
        <SimpleGrid cols={2} spacing="xs">
          <NativeSelect
            label={t('plan.measure')}
            value={target.measure}
            data={measures.map((m) => ({ value: m, label: t(`plan.measure_${m}`) }))}
            onChange={(e) =>
              update({ ...target, measure: e.currentTarget.value as PlanTargetItem['measure'] })
            }
          />
          <NativeSelect
            label={t('plan.direction')}
            value={target.direction}
            data={directions.map((d) => ({ value: d, label: t(`plan.direction_${d}`) }))}
            onChange={(e) =>
              update({ ...target, direction: e.currentTarget.value as PlanTargetItem['direction'] })
            }
          />
        </SimpleGrid>
        {target.values.map((v, k) => {
          const path = `${at}.values.${k}`;
          return (
            <Group
              key={`${v.year}-${k}`}
              gap="xs"
              align="flex-end"
              wrap="nowrap"
              data-testid={`plan-year-${target.code}-${v.year}`}
            >
              <NumberInput
                id={planFieldId(`${path}.year`)}
                label={t('plan.year')}
                value={v.year}
                w={84}
                min={1900}
                max={2200}
                allowDecimal={false}
                error={errors[`${path}.year`]}
                onChange={(x) => setValue(k, { year: Number(x) || v.year })}
              />
              <NativeSelect
                label={t('plan.comparator')}
                aria-label={`${t('plan.comparator')} ${v.year}`}
                value={v.comparator}
                w={64}
                data={[...comparators]}
                onChange={(e) =>
                  setValue(k, { comparator: e.currentTarget.value as (typeof comparators)[number] })
                }
              />
              <NumberInput
                id={planFieldId(`${path}.value`)}
                label={t('plan.value')}
                aria-label={`${t('plan.value')} ${target.code} ${v.year}`}
                placeholder={t('plan.valuePlaceholder')}
                value={v.value ?? ''}
                decimalSeparator=","
                style={{ flex: 1, minWidth: 0 }}
                error={errors[`${path}.value`]}
                description={v.value === null ? t('plan.openYear') : undefined}
                onChange={(x) => setValue(k, { value: num(x) })}
                data-testid={`plan-value-${target.code}-${v.year}`}
              />
              <ActionIcon
                variant="default"
                size="lg"
                aria-label={t('plan.removeYear', { year: v.year })}
                onClick={() =>
                  update({ ...target, values: target.values.filter((_, i) => i !== k) })
                }
              >
                ×
              </ActionIcon>
            </Group>
          );
        })}
        <Button
          size="compact-sm"
          variant="default"
          w="fit-content"
          onClick={() =>
            update({
              ...target,
              values: [
                ...target.values,
                {
                  year: lastYear + 1,
                  value: null,
                  comparator: target.values.at(-1)?.comparator ?? '≥',
                  note: null,
                },
              ],
            })
          }
        >
          {t('plan.addYear')}
        </Button>
      </Stack>
    </Card>
  );
}

/** The targets with their yearly values: opened years are blank until the office fills them. */
export function TargetsEditor({ content, onChange, errors }: PartProps) {
  const { t } = useI18n();
  const set = (targets: PlanTargetItem[]) => onChange({ ...content, targets });
  return (
    <Stack gap="sm">
      {content.targets.map((target, i) => (
        <TargetCard
          key={target.code}
          target={target}
          index={i}
          errors={errors}
          update={(next) => set(content.targets.map((x, k) => (k === i ? next : x)))}
          remove={() => set(content.targets.filter((_, k) => k !== i))}
        />
      ))}
      <Button
        variant="outline"
        w="fit-content"
        onClick={() =>
          set([
            ...content.targets,
            {
              code: `NEW_${content.targets.length + 1}`,
              area: 'thrift',
              name: { vi: '', en: '' },
              measure: 'percent',
              direction: 'higher',
              clause: 'III.1.a',
              source: '',
              baselineYear: null,
              baselineValue: null,
              values: [],
            },
          ])
        }
      >
        {t('plan.addTarget')}
      </Button>
    </Stack>
  );
}

/** Phases and their milestones. */
export function PhasesEditor({ content, onChange, errors }: PartProps) {
  const { t } = useI18n();
  const update = (i: number, change: Partial<PlanContent['phases'][number]>) =>
    onChange({
      ...content,
      phases: content.phases.map((p, k) => (k === i ? { ...p, ...change } : p)),
    });
  return (
    <Stack gap="sm">
      {content.phases.map((p, i) => (
        <Card key={p.code} withBorder padding="sm">
          <Stack gap="xs">
            <TextInput
              label={t('plan.phaseName')}
              value={p.name.vi}
              error={errors[`phases.${i}.name.vi`]}
              onChange={(e) => update(i, { name: { ...p.name, vi: e.currentTarget.value } })}
            />
            <SimpleGrid cols={2} spacing="xs">
              <NumberInput
                id={planFieldId(`phases.${i}.startYear`)}
                label={t('plan.startYear')}
                value={p.startYear}
                allowDecimal={false}
                error={errors[`phases.${i}.startYear`]}
                onChange={(x) => update(i, { startYear: Number(x) || p.startYear })}
              />
              <NumberInput
                id={planFieldId(`phases.${i}.endYear`)}
                label={t('plan.endYear')}
                value={p.endYear}
                allowDecimal={false}
                error={errors[`phases.${i}.endYear`]}
                onChange={(x) => update(i, { endYear: Number(x) || p.endYear })}
              />
            </SimpleGrid>
            <Textarea
              label={t('plan.description')}
              autosize
              minRows={2}
              value={p.description.vi}
              onChange={(e) =>
                update(i, { description: { ...p.description, vi: e.currentTarget.value } })
              }
            />
            {p.milestones.map((m, k) => (
              <SimpleGrid key={k} cols={{ base: 1, sm: 3 }} spacing="xs">
                <TextInput
                  label={t('plan.milestone', { n: k + 1 })}
                  value={m.name.vi}
                  onChange={(e) =>
                    update(i, {
                      milestones: p.milestones.map((x, j) =>
                        j === k ? { ...x, name: { ...x.name, vi: e.currentTarget.value } } : x,
                      ),
                    })
                  }
                />
                <NumberInput
                  label={t('plan.dueYear')}
                  value={m.dueYear}
                  allowDecimal={false}
                  onChange={(x) =>
                    update(i, {
                      milestones: p.milestones.map((y, j) =>
                        j === k ? { ...y, dueYear: Number(x) || y.dueYear } : y,
                      ),
                    })
                  }
                />
                <NumberInput
                  label={t('plan.dueQuarter')}
                  value={m.dueQuarter ?? ''}
                  min={1}
                  max={4}
                  allowDecimal={false}
                  onChange={(x) =>
                    update(i, {
                      milestones: p.milestones.map((y, j) =>
                        j === k ? { ...y, dueQuarter: num(x) } : y,
                      ),
                    })
                  }
                />
              </SimpleGrid>
            ))}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

const editableKinds = [
  'finding',
  'purpose',
  'requirement',
  'content_line',
  'commendation_form',
  'solution',
  'duty',
] as const satisfies readonly PlanSectionKind[];

/** The plan's passages by kind (findings first), and the sectors' duties. */
export function SectionsEditor({ content, onChange, errors }: PartProps) {
  const { t, pick } = useI18n();
  const setSection = (i: number, change: Partial<PlanSection>) =>
    onChange({
      ...content,
      sections: content.sections.map((s, k) => (k === i ? { ...s, ...change } : s)),
    });
  return (
    <Stack gap="lg">
      {editableKinds.map((kind) => {
        const items = content.sections.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === kind);
        return (
          <Stack key={kind} gap="xs" data-testid={`plan-sections-${kind}`}>
            <Title order={3} size="h4">
              {t(`plan.kind_${kind}`)}
            </Title>
            {items.map(({ s, i }) => (
              <Card key={i} withBorder padding="sm">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap" align="flex-end">
                    <TextInput
                      label={t('plan.clause')}
                      value={s.clause}
                      w={140}
                      error={errors[`sections.${i}.clause`]}
                      onChange={(e) => setSection(i, { clause: e.currentTarget.value })}
                    />
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() =>
                        onChange({
                          ...content,
                          sections: content.sections.filter((_, k) => k !== i),
                        })
                      }
                    >
                      {t('plan.removeSection', { clause: s.clause })}
                    </Button>
                  </Group>
                  <Textarea
                    id={planFieldId(`sections.${i}.text.vi`)}
                    label={t('plan.textVi')}
                    autosize
                    minRows={2}
                    value={s.text.vi}
                    error={errors[`sections.${i}.text.vi`]}
                    onChange={(e) =>
                      setSection(i, { text: { ...s.text, vi: e.currentTarget.value } })
                    }
                  />
                  <Textarea
                    label={t('plan.textEn')}
                    autosize
                    minRows={1}
                    value={s.text.en}
                    onChange={(e) =>
                      setSection(i, { text: { ...s.text, en: e.currentTarget.value } })
                    }
                  />
                </Stack>
              </Card>
            ))}
            <Button
              size="compact-sm"
              variant="default"
              w="fit-content"
              onClick={() =>
                onChange({
                  ...content,
                  sections: [
                    ...content.sections,
                    {
                      kind,
                      area: null,
                      clause: `${kind === 'finding' ? 'SK' : 'X'}.${items.length + 1}`,
                      text: { vi: '', en: '' },
                      unitId: null,
                    },
                  ],
                })
              }
            >
              {t('plan.addSection')}
            </Button>
          </Stack>
        );
      })}
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('plan.sectors')}
        </Title>
        {content.sectors.map((s, i) => {
          const set = (change: Partial<PlanContent['sectors'][number]>) =>
            onChange({
              ...content,
              sectors: content.sectors.map((x, k) => (k === i ? { ...x, ...change } : x)),
            });
          return (
            <Card key={s.code} withBorder padding="sm">
              <Stack gap="xs">
                <UnitSelect
                  label={t('plan.sectorLead', { name: pick(s.name) })}
                  value={s.leadUnitId}
                  searchable
                  allowDeselect={false}
                  onChange={(id) => id && set({ leadUnitId: id })}
                />
                <Textarea
                  label={t('plan.sectorDuty', { name: pick(s.name) })}
                  autosize
                  minRows={2}
                  value={s.duty.vi}
                  error={errors[`sectors.${i}.duty.vi`]}
                  onChange={(e) => set({ duty: { ...s.duty, vi: e.currentTarget.value } })}
                />
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
