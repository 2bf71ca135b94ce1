import { useEffect, useState, type ComponentType } from 'react';

/**
 * The toasts' container (Mantine's Notifications: a portal, a transition group per corner) is
 * mounted after the first page is drawn, from its own script: nothing shows a toast before then,
 * and one shown earlier waits in Mantine's store and appears when the container mounts. Loaded
 * from an effect rather than through a Suspense boundary, so that no fallback delays the page.
 */
export function LaterToasts() {
  const [Toasts, setToasts] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    void import('./Toasts').then((m) => {
      if (live) setToasts(() => m.Toasts);
    });
    return () => {
      live = false;
    };
  }, []);
  return Toasts ? <Toasts /> : null;
}
