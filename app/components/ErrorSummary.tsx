import { Anchor, List, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/index.ts';
import { useErrorMessage } from './PageStates.tsx';

/** What a form shows after a failed submit: an overall message and one message per field. */
export interface FormErrors {
  message?: string;
  fields: Record<string, string>;
}

export interface SummaryField {
  name: string;
  label: string;
  /** The input's id, for the link that moves focus to it. */
  id: string;
}

/** Form state for GOV.UK-style errors, filled from client checks or an ApiError. */
export function useFormErrors() {
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const describe = useErrorMessage();
  return {
    errors,
    fieldError: (name: string) => errors?.fields[name],
    clear: () => setErrors(null),
    setFields: (fields: Record<string, string>) => setErrors({ fields }),
    fromError: (error: unknown) => {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setErrors({
          fields: error.fields,
          message: error.code === 'validation_failed' ? undefined : describe(error),
        });
      } else {
        setErrors({ message: describe(error), fields: {} });
      }
    },
  };
}

/**
 * A form's errors plus its busy flag: `submit(action)` runs the request, and any failure
 * lands in the form's errors (field messages and the summary) instead of being thrown.
 */
export function useSubmitForm() {
  const form = useFormErrors();
  const [busy, setBusy] = useState(false);
  /** `handle` may take an error itself (e.g. a wrong password put on its field): return true. */
  const submit = async (action: () => Promise<unknown>, handle?: (error: unknown) => boolean) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      if (!handle?.(error)) form.fromError(error);
    } finally {
      setBusy(false);
    }
  };
  return { form, busy, submit };
}

/**
 * The error summary at the top of a form: focused when it appears, each field's
 * message linking to that field (the field itself also shows its message).
 */
export function ErrorSummary({
  errors,
  fields,
}: {
  errors: FormErrors | null;
  fields: SummaryField[];
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors) ref.current?.focus();
  }, [errors]);
  if (!errors) return null;
  const known = fields.filter((f) => errors.fields[f.name]);
  const unknown = Object.entries(errors.fields).filter(
    ([name]) => !fields.some((f) => f.name === name),
  );
  const focusField = (id: string) => {
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  };
  return (
    <div
      className="error-summary"
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
    >
      <Title order={2} size="h4" id="error-summary-title" mb="xs">
        {t('errors.summaryTitle')}
      </Title>
      {errors.message && (
        <Text mb={known.length || unknown.length ? 'xs' : 0}>{errors.message}</Text>
      )}
      {(known.length > 0 || unknown.length > 0) && (
        <List spacing={4}>
          {known.map((f) => (
            <List.Item key={f.name}>
              <Anchor
                href={`#${f.id}`}
                c="red.9"
                fw={700}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(f.id);
                }}
              >
                {f.label}: {errors.fields[f.name]}
              </Anchor>
            </List.Item>
          ))}
          {unknown.map(([name, message]) => (
            <List.Item key={name}>
              <Text span c="red.9" fw={700}>
                {name}: {message}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
