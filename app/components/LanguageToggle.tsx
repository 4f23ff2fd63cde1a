import { Button, Group } from '@mantine/core';
import { setLanguage, useI18n, type Lang } from '../i18n/index.ts';

const options: { lang: Lang; short: string }[] = [
  { lang: 'vi', short: 'VI' },
  { lang: 'en', short: 'EN' },
];

/** VI / EN: two pressed-state buttons, labelled in both languages' own names. */
export function LanguageToggle() {
  const { t, lang } = useI18n();
  return (
    <Group
      gap={0}
      role="group"
      aria-label={t('lang.label')}
      data-testid="language-toggle"
      wrap="nowrap"
    >
      {options.map((o) => (
        <Button
          key={o.lang}
          size="compact-sm"
          variant={lang === o.lang ? 'filled' : 'default'}
          aria-pressed={lang === o.lang}
          lang={o.lang}
          title={t(`lang.${o.lang}`)}
          data-testid={`lang-${o.lang}`}
          onClick={() => void setLanguage(o.lang)}
          px="xs"
          h={36}
        >
          {o.short}
        </Button>
      ))}
    </Group>
  );
}
