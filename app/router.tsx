import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { ensureMe } from './api/me.ts';
import { loadAppStrings } from './i18n/index.ts';
import { movementQuery, movementsQuery } from './api/movements.ts';
import { publicTargetsQuery } from './api/targets.ts';
import { queryClient } from './api/query.ts';
import { NotFound, PageError, PageSkeleton } from './components/PageStates.tsx';
import { PublicLayout } from './components/PublicLayout.tsx';
import { isIsoDate } from './lib/format.ts';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: () => (
    <PublicLayout>
      <NotFound />
    </PublicLayout>
  ),
});

/* Public pages: no sign-in, light bundles (no Mantine dates, forms or charts). */
const publicRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'public',
  component: PublicLayout,
});

const landingRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/',
  // Start the data request while the page's code is still loading (no waterfall).
  loader: ({ context }) => void context.queryClient.prefetchQuery(movementsQuery),
  component: lazyRouteComponent(() => import('./routes/landing.tsx'), 'LandingPage'),
});

const movementRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/movements/$code',
  // ?asOf=YYYY-MM-DD shows the plan version in force that day (issue 18).
  validateSearch: (search: Record<string, unknown>): { asOf?: string } =>
    isIsoDate(search.asOf) ? { asOf: search.asOf } : {},
  loaderDeps: ({ search }) => ({ asOf: search.asOf }),
  loader: ({ context, params, deps }) =>
    void context.queryClient.prefetchQuery(movementQuery(params.code, deps.asOf)),
  component: lazyRouteComponent(() => import('./routes/movement.tsx'), 'MovementPage'),
});

const versionSearch = (search: Record<string, unknown>): { from?: number; to?: number } => ({
  ...(Number(search.from) > 0 ? { from: Number(search.from) } : {}),
  ...(Number(search.to) > 0 ? { to: Number(search.to) } : {}),
});

const movementDiffRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/movements/$code/diff',
  validateSearch: versionSearch,
  component: lazyRouteComponent(
    () => import('./routes/plan-diff-public.tsx'),
    'PlanDiffPublicPage',
  ),
});

const loginRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  component: lazyRouteComponent(() => import('./routes/login.tsx'), 'LoginPage'),
});

/* Signed-in pages: the user must be known; a forced password change comes first. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ location }) => {
    const [me] = await Promise.all([ensureMe(), loadAppStrings()]);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    if (me.mustChangePassword && location.pathname !== '/account/password')
      throw redirect({ to: '/account/password' });
    return { me };
  },
  component: lazyRouteComponent(() => import('./components/AppLayout.tsx'), 'AppLayout'),
});

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/home',
  component: lazyRouteComponent(() => import('./routes/home.tsx'), 'HomePage'),
});

export interface UnitsSearch {
  asOf?: string;
  q?: string;
}

const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/units',
  validateSearch: (search: Record<string, unknown>): UnitsSearch => ({
    ...(isIsoDate(search.asOf) ? { asOf: search.asOf } : {}),
    ...(typeof search.q === 'string' && search.q ? { q: search.q } : {}),
  }),
  component: lazyRouteComponent(() => import('./routes/units.tsx'), 'UnitsPage'),
});

const unitsImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/units/import',
  component: lazyRouteComponent(() => import('./routes/units-import.tsx'), 'UnitsImportPage'),
});

const unitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/units/$id',
  component: lazyRouteComponent(() => import('./routes/unit.tsx'), 'UnitPage'),
});

const adminUsersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  component: lazyRouteComponent(() => import('./routes/admin-users.tsx'), 'AdminUsersPage'),
});

const criteriaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/criteria',
  component: lazyRouteComponent(() => import('./routes/criteria.tsx'), 'CriteriaListPage'),
});

const criteriaVersionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/criteria/$id/versions/$n',
  component: lazyRouteComponent(
    () => import('./routes/criteria-version.tsx'),
    'CriteriaVersionPage',
  ),
});

const criteriaDiffRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/criteria/$id/diff',
  validateSearch: (search: Record<string, unknown>): { from?: number; to?: number } => ({
    ...(Number(search.from) > 0 ? { from: Number(search.from) } : {}),
    ...(Number(search.to) > 0 ? { to: Number(search.to) } : {}),
  }),
  component: lazyRouteComponent(() => import('./routes/criteria-diff.tsx'), 'CriteriaDiffPage'),
});

const plansRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/plan',
  component: lazyRouteComponent(() => import('./routes/plans.tsx'), 'PlansPage'),
});

const planVersionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/plan/$code',
  component: lazyRouteComponent(() => import('./routes/plans.tsx'), 'PlanVersionsPage'),
});

const planVersionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/plan/$code/versions/$n',
  component: lazyRouteComponent(() => import('./routes/plan-version.tsx'), 'PlanVersionPage'),
});

const passwordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account/password',
  component: lazyRouteComponent(
    () => import('./routes/account-password.tsx'),
    'AccountPasswordPage',
  ),
});

const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  component: lazyRouteComponent(() => import('./routes/people.tsx'), 'PeoplePage'),
});

const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$id',
  component: lazyRouteComponent(() => import('./routes/people-detail.tsx'), 'PersonPage'),
});

const catalogueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/commendations/catalogue',
  component: lazyRouteComponent(
    () => import('./routes/commendations-catalogue.tsx'),
    'CataloguePage',
  ),
});

const commendationRulesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/commendations/rules',
  component: lazyRouteComponent(() => import('./routes/commendation-rules.tsx'), 'RulesPage'),
});

const commendationRuleNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/commendations/rules/new',
  validateSearch: (search: Record<string, unknown>): { from?: string } =>
    typeof search.from === 'string' && search.from ? { from: search.from } : {},
  component: lazyRouteComponent(
    () => import('./routes/commendation-rules-edit.tsx'),
    'RuleNewPage',
  ),
});

const commendationRuleEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/commendations/rules/$id',
  component: lazyRouteComponent(
    () => import('./routes/commendation-rules-edit.tsx'),
    'RuleEditPage',
  ),
});

const unitCommendationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/units/$id/commendations',
  component: lazyRouteComponent(
    () => import('./routes/unit-commendations.tsx'),
    'UnitCommendationsPage',
  ),
});

const householdsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households',
  component: lazyRouteComponent(() => import('./routes/households.tsx'), 'HouseholdsPage'),
});

const householdRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/households/$id',
  component: lazyRouteComponent(() => import('./routes/household-detail.tsx'), 'HouseholdPage'),
});

const candidatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/commendations/candidates',
  component: lazyRouteComponent(
    () => import('./routes/commendations-candidates.tsx'),
    'CandidatesPage',
  ),
});

const historyImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/commendations/import',
  component: lazyRouteComponent(
    () => import('./routes/commendations-import.tsx'),
    'CommendationsImportPage',
  ),
});

const initiativesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/initiatives',
  component: lazyRouteComponent(() => import('./routes/initiatives.tsx'), 'InitiativesPage'),
});

// Public (issue 16): citizens read the targets; a signed-in user gets the shell and the tools.
const targetsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/targets',
  loader: ({ context }) => void context.queryClient.prefetchQuery(publicTargetsQuery),
  beforeLoad: async () => {
    const me = await ensureMe();
    if (!me) return;
    await loadAppStrings();
    if (me.mustChangePassword) throw redirect({ to: '/account/password' });
  },
  component: lazyRouteComponent(() => import('./routes/targets-entry.tsx'), 'TargetsEntry'),
});

const registrationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/registrations',
  component: lazyRouteComponent(() => import('./routes/registrations.tsx'), 'RegistrationsPage'),
});

const registrationsOverviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/registrations/overview',
  component: lazyRouteComponent(
    () => import('./routes/registrations-overview.tsx'),
    'RegistrationsOverviewPage',
  ),
});

const registrationsPledgeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/registrations/pledges',
  component: lazyRouteComponent(
    () => import('./routes/registrations-pledge.tsx'),
    'RegistrationsPledgePage',
  ),
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  component: lazyRouteComponent(() => import('./routes/reports.tsx'), 'ReportsPage'),
});

const reportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/$periodId/units/$unitId',
  // A section is a group's index (a plain number in the URL: ?section=0) or a named part.
  validateSearch: (
    search: Record<string, unknown>,
  ): { section?: number | 'narrative' | 'evidence' | 'check' } => {
    const s = search.section;
    if (typeof s === 'number' && Number.isInteger(s) && s >= 0) return { section: s };
    return s === 'narrative' || s === 'evidence' || s === 'check' ? { section: s } : {};
  },
  component: lazyRouteComponent(() => import('./routes/report.tsx'), 'ReportPage'),
});

const reportsBoardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/$periodId/board',
  component: lazyRouteComponent(() => import('./routes/reports-board.tsx'), 'ReportsBoardPage'),
});

const reportsRollupRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/$periodId/rollup',
  validateSearch: (search: Record<string, unknown>): { unitId?: string } =>
    typeof search.unitId === 'string' && search.unitId ? { unitId: search.unitId } : {},
  component: lazyRouteComponent(() => import('./routes/reports-rollup.tsx'), 'ReportsRollupPage'),
});

/* Citizens' waste reports (issue 14): the public form, follow link, lookup and outcomes. */
const wasteFormRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/phan-anh',
  component: lazyRouteComponent(() => import('./routes/waste-form.tsx'), 'WasteFormPage'),
});
const wasteFollowRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/phan-anh/theo-doi/$token',
  component: lazyRouteComponent(() => import('./routes/waste-follow.tsx'), 'WasteFollowPage'),
});
const wasteLookupRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/phan-anh/tra-cuu',
  validateSearch: (search: Record<string, unknown>): { code?: string } =>
    typeof search.code === 'string' && search.code ? { code: search.code } : {},
  component: lazyRouteComponent(() => import('./routes/waste-lookup.tsx'), 'WasteLookupPage'),
});
const wasteOutcomesRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/phan-anh/ket-qua',
  validateSearch: (
    search: Record<string, unknown>,
  ): { communeUnitId?: string; category?: string } => ({
    ...(typeof search.communeUnitId === 'string' && search.communeUnitId
      ? { communeUnitId: search.communeUnitId }
      : {}),
    ...(typeof search.category === 'string' && search.category
      ? { category: search.category }
      : {}),
  }),
  component: lazyRouteComponent(() => import('./routes/waste-outcomes.tsx'), 'WasteOutcomesPage'),
});
const wasteQueueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/waste',
  validateSearch: (search: Record<string, unknown>): { status?: string; overdue?: string } => ({
    ...(typeof search.status === 'string' && search.status ? { status: search.status } : {}),
    ...(search.overdue === 'true' ? { overdue: 'true' } : {}),
  }),
  component: lazyRouteComponent(() => import('./routes/waste-desk.tsx'), 'WasteQueuePage'),
});
const wasteDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/waste/$id',
  component: lazyRouteComponent(() => import('./routes/waste-desk.tsx'), 'WasteDetailPage'),
});

/* Issue 10: scores and rankings; the public rankings page. */
const yearSearch = (search: Record<string, unknown>): { year?: number } => {
  const y = Number(search.year);
  return Number.isInteger(y) && y >= 2000 && y <= 2100 ? { year: y } : {};
};

const scoresRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/scores',
  validateSearch: yearSearch,
  component: lazyRouteComponent(() => import('./routes/scores.tsx'), 'ScoresPage'),
});

const scoreUnitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/scores/units/$unitId',
  validateSearch: yearSearch,
  component: lazyRouteComponent(() => import('./routes/score-unit.tsx'), 'ScoreUnitPage'),
});

const publicRankingsRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/rankings',
  validateSearch: (search: Record<string, unknown>): { year?: number; revision?: number } => {
    const r = Number(search.revision);
    return { ...yearSearch(search), ...(Number.isInteger(r) && r > 0 ? { revision: r } : {}) };
  },
  component: lazyRouteComponent(() => import('./routes/rankings-public.tsx'), 'PublicRankingsPage'),
});
const thriftPublicRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/tiet-kiem',
  component: lazyRouteComponent(() => import('./routes/thrift-public.tsx'), 'ThriftPublicPage'),
});
const thriftDeskRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/thrift',
  component: lazyRouteComponent(() => import('./routes/thrift-desk.tsx'), 'ThriftDeskPage'),
});

const postingRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/cong-khai',
  component: lazyRouteComponent(() => import('./routes/posting.tsx'), 'PostingPage'),
});

const nominationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nominations',
  component: lazyRouteComponent(() => import('./routes/nominations.tsx'), 'NominationsPage'),
});

const dossierRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/nominations/$id',
  component: lazyRouteComponent(() => import('./routes/dossier.tsx'), 'DossierPage'),
});

const councilBallotRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/council/sessions/$id/ballot',
  component: lazyRouteComponent(() => import('./routes/council-ballot.tsx'), 'CouncilBallotPage'),
});
// Public (issue 13): the project register for everyone.
const publicProjectsRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/cong-khai/du-an',
  component: lazyRouteComponent(() => import('./routes/projects-public.tsx'), 'PublicProjectsPage'),
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([
    landingRoute,
    movementRoute,
    movementDiffRoute,
    loginRoute,
    wasteFormRoute,
    wasteFollowRoute,
    wasteLookupRoute,
    wasteOutcomesRoute,
    publicRankingsRoute,
    postingRoute,
    thriftPublicRoute,
    publicProjectsRoute,
  ]),
  targetsRoute,
  appRoute.addChildren([
    wasteQueueRoute,
    wasteDetailRoute,
    thriftDeskRoute,
    reportsRoute,
    reportRoute,
    reportsBoardRoute,
    reportsRollupRoute,
    registrationsRoute,
    registrationsOverviewRoute,
    registrationsPledgeRoute,
    homeRoute,
    unitsRoute,
    unitsImportRoute,
    unitRoute,
    adminUsersRoute,
    criteriaRoute,
    criteriaVersionRoute,
    criteriaDiffRoute,
    passwordRoute,
    peopleRoute,
    commendationRulesRoute,
    commendationRuleNewRoute,
    commendationRuleEditRoute,
    personRoute,
    catalogueRoute,
    initiativesRoute,
    unitCommendationsRoute,
    householdsRoute,
    householdRoute,
    candidatesRoute,
    historyImportRoute,
    plansRoute,
    planVersionsRoute,
    planVersionRoute,
    scoresRoute,
    scoreUnitRoute,
    nominationsRoute,
    dossierRoute,
    councilBallotRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPendingComponent: PageSkeleton,
  defaultErrorComponent: PageError,
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
