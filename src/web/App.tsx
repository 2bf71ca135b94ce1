import { Route, Routes } from 'react-router';
import { AppLayout } from './features/shell/AppLayout';
import { BoardPage } from './features/board/BoardPage';
import { ListPage } from './features/applications/list/ListPage';
import { ApplicationPage } from './features/applications/detail/ApplicationPage';
import { NewApplicationPage } from './features/applications/new/NewApplicationPage';
import { CompaniesPage } from './features/companies/CompaniesPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { NotFoundPage } from './components/NotFoundPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<BoardPage />} />
        <Route path="applications" element={<ListPage />} />
        <Route path="applications/new" element={<NewApplicationPage />} />
        <Route path="applications/:id" element={<ApplicationPage />} />
        <Route path="companies" element={<CompaniesPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
