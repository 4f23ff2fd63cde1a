import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { meQuery } from '../api/me.ts';
import { PageSkeleton } from '../components/PageStates.tsx';
import { PublicLayout } from '../components/PublicLayout.tsx';

// A citizen gets the public page and its light code; a signed-in user the shell and the tools.
const AppLayout = lazy(() =>
  import('../components/AppLayout.tsx').then((m) => ({ default: m.AppLayout })),
);
const TargetsPage = lazy(() => import('./targets.tsx').then((m) => ({ default: m.TargetsPage })));
const PublicTargetsPage = lazy(() =>
  import('./targets-public.tsx').then((m) => ({ default: m.PublicTargetsPage })),
);

/** `/targets` is public (issue 16): the same address, read by anyone, managed when signed in. */
export function TargetsEntry() {
  const { data: me } = useQuery(meQuery);
  return (
    <Suspense fallback={<PageSkeleton />}>
      {me ? (
        <AppLayout>
          <TargetsPage />
        </AppLayout>
      ) : (
        <PublicLayout>
          <PublicTargetsPage />
        </PublicLayout>
      )}
    </Suspense>
  );
}
