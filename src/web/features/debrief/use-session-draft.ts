import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Form state that survives a reload or an accidental click away within the
 * same tab: kept in sessionStorage under `key`. What was saved to the server
 * is the truth; this only protects what was typed and not saved yet.
 */
export function useSessionDraft<T>(key: string, initial: () => T, isValid: (v: unknown) => boolean = () => true): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    try {
      const stored = sessionStorage.getItem(key);
      if (stored !== null) {
        const parsed: unknown = JSON.parse(stored);
        if (isValid(parsed)) return parsed as T;
      }
    } catch {
      // Unreadable or unavailable storage: start from the saved data.
    }
    return initial();
  });
  useEffect(() => {
    const t = setTimeout(() => {
      try {
        sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or disabled: the draft lives in memory only.
      }
    }, 300);
    return () => clearTimeout(t);
  }, [key, value]);
  return [value, setValue];
}

/** Forgets every session draft of one debrief (after it is finished). */
export function clearSessionDrafts(prefix: string): void {
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i -= 1) {
      const k = sessionStorage.key(i);
      if (k?.startsWith(prefix)) sessionStorage.removeItem(k);
    }
  } catch {
    // Nothing to clear.
  }
}
