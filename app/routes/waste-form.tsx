import {
  Alert,
  Button,
  Code,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { fileWaste, uploadWastePhoto, wasteChallenge, wastePlacesQuery } from '../api/waste.ts';
import { ErrorSummary, useSubmitForm } from '../components/ErrorSummary.tsx';
import { useErrorMessage, usePageTitle } from '../components/PageStates.tsx';
import { AnchorLink } from '../components/links.tsx';
import { WasteLinks } from '../components/WasteLinks.tsx';
import { useI18n } from '../i18n/index.ts';
import { newClientKey, solvePow } from '../lib/pow.ts';
import type { WasteReceipt } from '../../shared/contracts/waste.ts';
import { wasteCategories, wasteCategoryNames, wastePhotoLimit } from '../../shared/waste.ts';

/** The citizen's form (issue 14): no sign-in, works on a phone at 360 px and a slow link. */
export function WasteFormPage() {
  const { t, pick } = useI18n();
  usePageTitle(t('waste.formTitle'));
  const places = useQuery(wastePlacesQuery);
  const { form, busy, submit } = useSubmitForm();
  const describe = useErrorMessage();
  const [anonymous, setAnonymous] = useState(true);
  const [point, setPoint] = useState<{ lat: number; lng: number } | null>(null);
  const [photos, setPhotos] = useState<File[]>([]);
  const [stage, setStage] = useState<'checking' | 'sending' | null>(null);
  const [receipt, setReceipt] = useState<WasteReceipt | null>(null);
  const [photoProblems, setPhotoProblems] = useState<string[]>([]);
  // One key per report: a second tap or a retry on a slow link files it once.
  const clientKey = useRef(newClientKey());

  const fields = [
    { name: 'description', label: t('waste.what'), id: 'waste-description' },
    { name: 'category', label: t('waste.category'), id: 'waste-category' },
    { name: 'communeUnitId', label: t('waste.where'), id: 'waste-commune' },
    { name: 'occurredOn', label: t('waste.when'), id: 'waste-when' },
    { name: 'phone', label: t('waste.phone'), id: 'waste-phone' },
    { name: 'email', label: t('waste.email'), id: 'waste-email' },
    { name: 'challenge', label: t('waste.send'), id: 'waste-send' },
  ];

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (k: string) => String(data.get(k) ?? '').trim();
    const missing: Record<string, string> = {};
    if (!value('description')) missing.description = t('errors.required');
    if (!value('communeUnitId')) missing.communeUnitId = t('errors.required');
    if (Object.keys(missing).length) return form.setFields(missing);
    await submit(async () => {
      setStage('checking');
      const { challenge, bits } = await wasteChallenge();
      const nonce = await solvePow(challenge, bits);
      setStage('sending');
      const got = await fileWaste({
        category: value('category') as (typeof wasteCategories)[number],
        description: value('description'),
        communeUnitId: value('communeUnitId'),
        ...(value('placeNote') ? { placeNote: value('placeNote') } : {}),
        ...(point ? { lat: point.lat, lng: point.lng } : {}),
        ...(value('occurredOn') ? { occurredOn: value('occurredOn') } : {}),
        ...(anonymous
          ? {}
          : {
              contact: {
                name: value('name') || undefined,
                phone: value('phone') || undefined,
                email: value('email') || undefined,
              },
            }),
        website: value('website'),
        challenge,
        nonce,
        clientKey: clientKey.current,
      });
      const keep = data.get('keepMetadata') === 'on';
      const problems: string[] = [];
      for (const photo of photos.slice(0, wastePhotoLimit)) {
        try {
          await uploadWastePhoto(got.followToken, photo, keep);
        } catch (error) {
          problems.push(t('waste.photoFailed', { message: `${photo.name}: ${describe(error)}` }));
        }
      }
      setPhotoProblems(problems);
      form.clear();
      setReceipt(got);
    }).finally(() => setStage(null));
  };

  if (receipt) {
    const link = `${window.location.origin}${receipt.followPath}`;
    return (
      <Stack maw={640}>
        <WasteLinks />
        <Title order={1}>{t('waste.receiptTitle')}</Title>
        <Paper withBorder p="md">
          <Text fw={600}>{t('waste.receiptCode')}</Text>
          <Text size="xl" fw={700} data-testid="waste-code" style={{ letterSpacing: 1 }}>
            {receipt.code}
          </Text>
          <Text size="sm" c="dimmed">
            {t('waste.receiptCodeHint')}
          </Text>
        </Paper>
        <Paper withBorder p="md">
          <Text fw={600}>{t('waste.receiptLink')}</Text>
          <Code
            block
            style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
            data-testid="waste-follow-link"
          >
            {link}
          </Code>
          <Text size="sm" c="dimmed" mt="xs">
            {t('waste.receiptLinkHint')}
          </Text>
        </Paper>
        {photoProblems.map((p) => (
          <Alert key={p} color="orange">
            {p}
          </Alert>
        ))}
        <AnchorLink to="/phan-anh/theo-doi/$token" params={{ token: receipt.followToken }}>
          {t('waste.openFollow')}
        </AnchorLink>
      </Stack>
    );
  }

  return (
    <Stack maw={640}>
      <WasteLinks />
      <Title order={1}>{t('waste.formTitle')}</Title>
      <Text>{t('waste.formLead')}</Text>
      <form onSubmit={(e) => void onSubmit(e)} noValidate data-testid="waste-form">
        <Stack>
          <ErrorSummary errors={form.errors} fields={fields} />
          <Textarea
            id="waste-description"
            name="description"
            label={t('waste.what')}
            description={t('waste.whatHint')}
            required
            autosize
            minRows={4}
            maxLength={4000}
            error={form.fieldError('description')}
          />
          <NativeSelect
            id="waste-category"
            name="category"
            label={t('waste.category')}
            data={wasteCategories.map((c) => ({ value: c, label: pick(wasteCategoryNames[c]) }))}
          />
          <NativeSelect
            id="waste-commune"
            name="communeUnitId"
            label={t('waste.where')}
            required
            error={form.fieldError('communeUnitId')}
            data={[
              { value: '', label: t('waste.wherePlaceholder') },
              ...(places.data?.places ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <TextInput
            id="waste-place"
            name="placeNote"
            label={t('waste.placeNote')}
            maxLength={500}
          />
          {point ? (
            <Group gap="xs">
              <Text size="sm">
                {t('waste.positionSet', { lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) })}
              </Text>
              <Button variant="subtle" size="compact-sm" onClick={() => setPoint(null)}>
                {t('waste.positionClear')}
              </Button>
            </Group>
          ) : (
            <Button
              variant="light"
              onClick={() =>
                navigator.geolocation?.getCurrentPosition((p) =>
                  setPoint({ lat: p.coords.latitude, lng: p.coords.longitude }),
                )
              }
            >
              {t('waste.usePosition')}
            </Button>
          )}
          <TextInput
            id="waste-when"
            name="occurredOn"
            type="date"
            label={t('waste.when')}
            error={form.fieldError('occurredOn')}
          />
          {/* Native controls: the public form stays within the script budget on a slow link. */}
          <label style={{ fontSize: 14 }}>
            <Text size="sm" fw={500} component="span" display="block">
              {t('waste.photos')}
            </Text>
            <input
              type="file"
              multiple
              accept="image/jpeg,image/png"
              data-testid="waste-photos"
              onChange={(e) =>
                setPhotos([...(e.currentTarget.files ?? [])].slice(0, wastePhotoLimit))
              }
            />
          </label>
          <label style={{ display: 'flex', gap: 8, alignItems: 'flex-start', fontSize: 14 }}>
            <input type="checkbox" name="keepMetadata" />
            <span>{t('waste.keepMetadata')}</span>
          </label>
          <label style={{ display: 'flex', gap: 8, alignItems: 'flex-start', fontSize: 14 }}>
            <input
              type="checkbox"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.currentTarget.checked)}
              data-testid="waste-anonymous"
            />
            <span>{t('waste.anonymous')}</span>
          </label>
          {!anonymous && (
            <Paper withBorder p="sm" component="fieldset">
              <Text component="legend" size="sm" fw={600}>
                {t('waste.contactLegend')}
              </Text>
              <Stack gap="xs">
                <TextInput
                  name="name"
                  label={t('waste.name')}
                  maxLength={200}
                  autoComplete="name"
                />
                <TextInput
                  id="waste-phone"
                  name="phone"
                  type="tel"
                  label={t('waste.phone')}
                  maxLength={30}
                  autoComplete="tel"
                  error={form.fieldError('contact.phone')}
                />
                <TextInput
                  id="waste-email"
                  name="email"
                  type="email"
                  label={t('waste.email')}
                  maxLength={200}
                  autoComplete="email"
                />
              </Stack>
            </Paper>
          )}
          {/* A honeypot: hidden from people and screen readers, filled by some robots. */}
          <div
            aria-hidden="true"
            style={{
              position: 'absolute',
              left: '-10000px',
              width: 1,
              height: 1,
              overflow: 'hidden',
            }}
          >
            <label>
              {t('waste.honeypot')}
              <input name="website" tabIndex={-1} autoComplete="off" />
            </label>
          </div>
          <Button id="waste-send" type="submit" loading={busy} data-testid="waste-send">
            {stage === 'checking'
              ? t('waste.checking')
              : stage === 'sending'
                ? t('waste.sending')
                : t('waste.send')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
