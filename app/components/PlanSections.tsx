import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Section } from '../../shared/contracts/common.ts';
import type { Duty, PlanCategory as Category, Sector } from '../../shared/contracts/movements.ts';
import { useI18n } from '../i18n/index.ts';

/** "I.1.a" → "a)", "IV.3" → "3." — the plan's own numbering at the start of a passage. */
export function clauseMark(clause: string): string {
  const last = clause.split('.').filter(Boolean).pop() ?? clause;
  return /^[a-zđ]$/i.test(last) ? `${last})` : /^\d+$/.test(last) ? `${last}.` : last;
}

export function Passages({ items, testId }: { items: Section[]; testId?: string }) {
  const { pick } = useI18n();
  return (
    <Stack gap="xs" className="prose" data-testid={testId}>
      {items.map((s, i) => (
        <Text key={`${s.clause}-${i}`} component="p" m={0}>
          <span className="clause">{clauseMark(s.clause)}</span>
          {pick(s.text)}
        </Text>
      ))}
    </Stack>
  );
}

export function LegalBases({ items }: { items: Section[] }) {
  const { pick } = useI18n();
  return (
    <List spacing="xs" data-testid="legal-bases">
      {items.map((s, i) => (
        <List.Item key={`${s.clause}-${i}`}>{pick(s.text)}</List.Item>
      ))}
    </List>
  );
}

export function Categories({ categories }: { categories: Category[] }) {
  const { pick } = useI18n();
  return (
    <Stack gap="lg" data-testid="categories">
      {categories.map((c) => (
        <Stack key={c.code} gap="xs">
          <Title order={3} size="h4">
            <span className="clause">{clauseMark(c.clause)}</span>
            {pick(c.name)}
          </Title>
          {c.groups.map((g) => (
            <Stack key={g.code} gap={4} pl={{ base: 0, sm: 'md' }}>
              {pick(g.name) && (
                <Title order={4} size="h5">
                  {pick(g.name)}
                </Title>
              )}
              <List type="ordered" spacing={6} size="sm">
                {g.criteria.map((cr) => (
                  <List.Item key={cr.code}>{pick(cr.text)}</List.Item>
                ))}
              </List>
            </Stack>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}

export function Sectors({ sectors }: { sectors: Sector[] }) {
  const { t, pick } = useI18n();
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      spacing="sm"
      component="ol"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      data-testid="sectors"
    >
      {sectors.map((s, i) => {
        const merged = s.currentLead && s.currentLead.id !== s.leadUnit.id;
        return (
          <Card component="li" key={s.code} withBorder padding="md" data-testid="sector">
            <Title order={3} size="h5">
              {i + 1}. {pick(s.name)}
            </Title>
            <Text size="sm" mt={6}>
              <Text span fw={700} size="sm">
                {t('movement.leadUnit')}:
              </Text>{' '}
              {s.leadUnit.name}
            </Text>
            {merged && (
              <Text size="sm" mt={2} data-testid="sector-current-lead">
                <Text span fw={700} size="sm" c="grape.9">
                  {t('movement.currentLead')}:
                </Text>{' '}
                {s.currentLead!.name}
              </Text>
            )}
            {pick(s.duty) && (
              <Text size="sm" mt="xs">
                {pick(s.duty)}
              </Text>
            )}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

export function Duties({ duties }: { duties: Duty[] }) {
  const { t, pick } = useI18n();
  return (
    <Stack gap="sm" className="prose" data-testid="duties">
      {duties.map((d, i) => (
        <div key={`${d.clause}-${i}`}>
          <Text component="p" m={0}>
            <span className="clause">{clauseMark(d.clause)}</span>
            {pick(d.text)}
          </Text>
          {d.unitName && (
            <Text size="sm" c="dimmed">
              {t('movement.assignedTo', { name: d.unitName })}
            </Text>
          )}
        </div>
      ))}
    </Stack>
  );
}
