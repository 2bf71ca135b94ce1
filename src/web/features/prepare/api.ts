import { useQuery } from '@tanstack/react-query';
import type { Preparation } from '../../../contracts/prepare.js';
import { api } from '../../api/client';

export const usePreparation = (applicationId: string) =>
  useQuery({ queryKey: ['prepare', applicationId], queryFn: () => api.get<Preparation>(`/applications/${encodeURIComponent(applicationId)}/prepare`), enabled: applicationId !== '' });
