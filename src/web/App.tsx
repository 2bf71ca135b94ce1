import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './features/shell/AppLayout';
import { NotFoundPage } from './components/NotFoundPage';
import { LoadingState } from './components/QueryState';
import { AuthGate } from './features/account/AuthGate';
import { firstPageAt, type FirstPage } from '../contracts/first-pages';

/**
 * Every page is its own script, loaded the first time it is opened: the first
 * page a person opens downloads the shell and that page only (the board its
 * drag and drop, the forms their date pickers, the insights their charts).
 */
interface LaterPage {
  (): ReactNode;
  /** Starts downloading the page's script now (once); settles when it has run (or failed). */
  preload: () => Promise<void>;
}

/**
 * A page whose script is already there when the page is drawn renders at once, without a Suspense
 * fallback: React holds back the content revealed after a fallback until 300 ms after that fallback
 * was shown, so a loader drawn for an instant delayed every first page by about that much. The choice
 * is made once per mount, so a page drawn through the loader is never mounted a second time.
 */
function later(load: () => Promise<ComponentType>): LaterPage {
  let loading: Promise<{ default: ComponentType }> | null = null;
  let loaded: ComponentType | null = null;
  const start = () =>
    (loading ??= load().then((page) => {
      loaded = page;
      return { default: page };
    }));
  const Page = lazy(start);
  const LaterPage = () => {
    const [Ready] = useState(() => loaded);
    return <Suspense fallback={<LoadingState label="Loading the page" />}>{Ready ? <Ready /> : <Page />}</Suspense>;
  };
  return Object.assign(LaterPage, { preload: () => start().then(() => undefined, () => undefined) });
}

const HomePage = later(async () => (await import('./features/home/HomePage')).HomePage);
const BoardPage = later(async () => (await import('./features/board/BoardPage')).BoardPage);
const ListPage = later(async () => (await import('./features/applications/list/ListPage')).ListPage);
const ApplicationPage = later(async () => (await import('./features/applications/detail/ApplicationPage')).ApplicationPage);
const NewApplicationPage = later(async () => (await import('./features/applications/new/NewApplicationPage')).NewApplicationPage);
const DebriefPage = later(async () => (await import('./features/debrief/DebriefPage')).DebriefPage);
const JournalPage = later(async () => (await import('./features/journal/JournalPage')).JournalPage);
const QuestionBankPage = later(async () => (await import('./features/question-bank/QuestionBankPage')).QuestionBankPage);
const StoriesPage = later(async () => (await import('./features/stories/StoriesPage')).StoriesPage);
const PlanPage = later(async () => (await import('./features/plan/PlanPage')).PlanPage);
const PreparePage = later(async () => (await import('./features/prepare/PreparePage')).PreparePage);
const PracticePage = later(async () => (await import('./features/practice/PracticePage')).PracticePage);
const InsightsPage = later(async () => (await import('./features/insights/InsightsPage')).InsightsPage);
const CompaniesPage = later(async () => (await import('./features/companies/CompaniesPage')).CompaniesPage);
const MailImportPage = later(async () => (await import('./features/mail-import/MailImportPage')).MailImportPage);
const ImportPage = later(async () => (await import('./features/import/ImportPage')).ImportPage);
const ProofPage = later(async () => (await import('./features/import/ProofPage')).ProofPage);
const CapturePage = later(async () => (await import('./features/capture/CapturePage')).CapturePage);
const ContactsPage = later(async () => (await import('./features/contacts/ContactsPage')).ContactsPage);
const ContactPage = later(async () => (await import('./features/contacts/ContactPage')).ContactPage);
const AgendaPage = later(async () => (await import('./features/agenda/AgendaPage')).AgendaPage);
const ReviewPage = later(async () => (await import('./features/review/ReviewPage')).ReviewPage);
const AdminPage = later(async () => (await import('./features/account/AdminPage')).AdminPage);
const CoachPage = later(async () => (await import('./features/coach/CoachPage')).CoachPage);
const ClientPage = later(async () => (await import('./features/coach/ClientPage')).ClientPage);
const AcceptPage = later(async () => (await import('./features/coach/AcceptPage')).AcceptPage);
const OrgPage = later(async () => (await import('./features/org/OrgPage')).OrgPage);
const JoinPage = later(async () => (await import('./features/org/JoinPage')).JoinPage);
const OrgDetailPage = later(async () => (await import('./features/org/OrgDetailPage')).OrgDetailPage);
const CohortPage = later(async () => (await import('./features/org/CohortPage')).CohortPage);
const SettingsPage = later(async () => (await import('./features/settings/SettingsPage')).SettingsPage);

const FIRST: Record<FirstPage, LaterPage> = {
  home: HomePage,
  board: BoardPage,
  list: ListPage,
  new: NewApplicationPage,
  application: ApplicationPage,
  insights: InsightsPage,
};

/**
 * Starts the script of the page at `pathname` with the app's, so that it
 * downloads while the app asks who is signed in, not after (the built server
 * also names it in index.html). Settles once it has run, at once for other pages.
 */
export function preloadPageFor(pathname: string): Promise<void> {
  const first = firstPageAt(pathname);
  return first ? FIRST[first.page].preload() : Promise.resolve();
}

export function App() {
  return (
    <AuthGate>
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="board" element={<BoardPage />} />
        <Route path="review/:week" element={<ReviewPage />} />
        <Route path="applications" element={<ListPage />} />
        <Route path="applications/new" element={<NewApplicationPage />} />
        <Route path="applications/:id" element={<ApplicationPage />} />
        <Route path="applications/:id/debrief" element={<DebriefPage />} />
        <Route path="applications/:id/prepare" element={<PreparePage />} />
        <Route path="journal" element={<JournalPage />} />
        <Route path="questions" element={<QuestionBankPage />} />
        <Route path="practice" element={<PracticePage />} />
        <Route path="plan" element={<PlanPage />} />
        <Route path="stories" element={<StoriesPage />} />
        <Route path="insights" element={<InsightsPage />} />
        <Route path="companies" element={<CompaniesPage />} />
        <Route path="import-mail" element={<MailImportPage />} />
        <Route path="agenda" element={<AgendaPage />} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="contacts/:id" element={<ContactPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="proof" element={<ProofPage />} />
        <Route path="new" element={<CapturePage />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="coach" element={<CoachPage />} />
        <Route path="coach/accept" element={<AcceptPage />} />
        <Route path="coach/clients/:id" element={<ClientPage />} />
        <Route path="org" element={<OrgPage />} />
        <Route path="org/join" element={<JoinPage />} />
        <Route path="org/cohorts/:id" element={<CohortPage />} />
        <Route path="org/:id" element={<OrgDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
    </AuthGate>
  );
}
