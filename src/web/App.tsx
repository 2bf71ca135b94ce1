import { Route, Routes } from 'react-router';
import { AppLayout } from './features/shell/AppLayout';
import { BoardPage } from './features/board/BoardPage';
import { ListPage } from './features/applications/list/ListPage';
import { ApplicationPage } from './features/applications/detail/ApplicationPage';
import { NewApplicationPage } from './features/applications/new/NewApplicationPage';
import { CompaniesPage } from './features/companies/CompaniesPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { MailImportPage } from './features/mail-import/MailImportPage';
import { NotFoundPage } from './components/NotFoundPage';
import { DebriefPage } from './features/debrief/DebriefPage';
import { JournalPage } from './features/journal/JournalPage';
import { InsightsPage } from './features/insights/InsightsPage';
import { QuestionBankPage } from './features/question-bank/QuestionBankPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<BoardPage />} />
        <Route path="applications" element={<ListPage />} />
        <Route path="applications/new" element={<NewApplicationPage />} />
        <Route path="applications/:id" element={<ApplicationPage />} />
        <Route path="applications/:id/debrief" element={<DebriefPage />} />
        <Route path="journal" element={<JournalPage />} />
        <Route path="questions" element={<QuestionBankPage />} />
        <Route path="insights" element={<InsightsPage />} />
        <Route path="companies" element={<CompaniesPage />} />
        <Route path="import-mail" element={<MailImportPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
