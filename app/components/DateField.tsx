import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/index.ts';
import { datePattern, formatTypedDate, parseTypedDate } from '../lib/dates.ts';

type DateFieldProps = Omit<TextInputProps, 'type' | 'value' | 'defaultValue' | 'onChange'> & {
  /** ISO yyyy-mm-dd (controlled). */
  value?: string;
  /** ISO yyyy-mm-dd (uncontrolled forms read `name` from the form data, as ISO). */
  defaultValue?: string;
  /** Gets the ISO day, or what was typed when it is not a day yet, like a native date input. */
  onChange?: (event: { currentTarget: { value: string } }) => void;
};

/**
 * A date typed the user's way (issue 16): dd/mm/yyyy in Vietnamese, mm/dd/yyyy in English,
 * whatever the browser's locale (native date inputs showed mm/dd/yyyy in the Vietnamese UI).
 * The form gets ISO through a hidden input of the same name; the text is reformatted on blur.
 * Lighter than a calendar popover, and a phone keyboard shows digits.
 */
export function DateField({
  value,
  defaultValue,
  onChange,
  name,
  description,
  onBlur,
  ...props
}: DateFieldProps) {
  const { lang } = useI18n();
  const controlled = value !== undefined;
  const [iso, setIso] = useState(value ?? defaultValue ?? '');
  const [text, setText] = useState(() => formatTypedDate(value ?? defaultValue ?? '', lang));
  const [focused, setFocused] = useState(false);

  // A new value from outside, or a language switch, redraws the text (not while typing).
  const current = controlled ? value : iso;
  useEffect(() => {
    if (!focused) setText(formatTypedDate(current ?? '', lang));
  }, [current, lang, focused]);

  const handle = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.currentTarget.value;
    setText(typed);
    const next = typed.trim() === '' ? '' : (parseTypedDate(typed, lang) ?? typed);
    setIso(next);
    onChange?.({ currentTarget: { value: next } });
  };

  return (
    <>
      <TextInput
        {...props}
        inputMode="numeric"
        autoComplete="off"
        placeholder={datePattern[lang].placeholder}
        description={
          description ? (
            <>
              {description} ({datePattern[lang].hint})
            </>
          ) : (
            datePattern[lang].hint
          )
        }
        value={text}
        onChange={handle}
        onFocus={() => setFocused(true)}
        onBlur={(event) => {
          setFocused(false);
          onBlur?.(event);
        }}
        data-date-iso={current}
      />
      {name && <input type="hidden" name={name} value={current ?? ''} />}
    </>
  );
}
