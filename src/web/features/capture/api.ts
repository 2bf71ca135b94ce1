import { useMutation, useQuery } from '@tanstack/react-query';
import type { CaptureRequest, CaptureResult, SimilarApplication } from '../../../contracts/capture.js';
import { api } from '../../api/client';

export function useCapture() {
  return useMutation({ mutationFn: (body: CaptureRequest) => api.post<CaptureResult>('/capture', body) });
}

/** Applications already tracked for this company and a similar title, or this posting URL. */
export function useSimilar(company: string, title: string, url: string) {
  const enabled = Boolean((company.trim() && title.trim()) || url.trim());
  return useQuery({
    queryKey: ['capture', 'similar', company.trim().toLowerCase(), title.trim().toLowerCase(), url.trim()],
    queryFn: () => api.get<SimilarApplication[]>('/capture/similar', { company, title, url }),
    enabled,
    staleTime: 30_000,
  });
}
