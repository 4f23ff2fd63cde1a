import './styles/mantine-public.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { queryClient } from './api/query.ts';
import { initI18n } from './i18n/index.ts';
import { router } from './router.tsx';
import { cssVariablesResolver, noMotion, theme } from './theme.ts';

if (noMotion) document.documentElement.setAttribute('data-no-motion', '');

// After a new release the old page may ask for code files that no longer exist: reload once.
window.addEventListener('vite:preloadError', (event) => {
  try {
    const key = 'thidua.reloadedAt';
    if (Date.now() - Number(sessionStorage.getItem(key) ?? 0) < 30_000) return;
    sessionStorage.setItem(key, String(Date.now()));
  } catch {
    return;
  }
  event.preventDefault();
  window.location.reload();
});

// The server sent a public page with its data (server/pages/, ADR 0046): use it, do not ask again.
const seed = document.getElementById('thidua-seed');
if (seed?.textContent) {
  try {
    for (const [key, data] of JSON.parse(seed.textContent) as [unknown[], unknown][])
      queryClient.setQueryData(key, data);
  } catch {
    // A malformed block only costs the request it would have saved.
  }
}

function App() {
  return (
    <StrictMode>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        forceColorScheme="light"
      >
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>
  );
}

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(<App />);
});
