import { useEffect, useState } from 'react';

interface Stored<T> {
  dirty: boolean;
  value: T;
}

function read<T>(key: string): Stored<T> | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null && 'dirty' in parsed && 'value' in parsed) return parsed as Stored<T>;
  } catch {
    // Unreadable or unavailable storage: start from the saved data.
  }
  return null;
}

/**
 * The form state of one step. Until the user edits it, it follows `source`
 * (what the server has, which earlier steps may change: the reader's contact
 * name, the reasons outside your control). Once edited, it is the user's, and
 * it is kept in sessionStorage under `key` so a reload or an accidental click
 * away in the same tab loses nothing typed.
 */
export function useStepDraft<T>(key: string, source: T): [T, (value: T) => void] {
  const [own, setOwn] = useState<Stored<T> | null>(() => {
    const stored = read<T>(key);
    return stored?.dirty ? stored : null;
  });
  useEffect(() => {
    if (!own) return;
    const t = setTimeout(() => {
      try {
        sessionStorage.setItem(key, JSON.stringify(own));
      } catch {
        // Storage full or disabled: the draft lives in memory only.
      }
    }, 300);
    return () => clearTimeout(t);
  }, [key, own]);
  return [own ? own.value : source, (value: T) => setOwn({ dirty: true, value })];
}

/** Forgets every draft of one debrief (after it is finished). */
export function clearStepDrafts(prefix: string): void {
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i -= 1) {
      const k = sessionStorage.key(i);
      if (k?.startsWith(prefix)) sessionStorage.removeItem(k);
    }
  } catch {
    // Nothing to clear.
  }
}
