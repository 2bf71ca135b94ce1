import { Modal } from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { LoadingState } from '../../components/QueryState';
import { useNavigate } from 'react-router';
import { focusGlobalSearch } from './HeaderSearch';

// The list of shortcuts loads the first time it is asked for (it is rarely opened).
const ShortcutList = lazy(async () => ({ default: (await import('./ShortcutList')).ShortcutList }));

const GO_TO: Record<string, string> = { h: '/', b: '/board', l: '/applications', c: '/companies', s: '/settings' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** "g" then a letter within a second navigates (g b board, g l list…). */
function useGoToSequence(go: (path: string) => void): void {
  const pendingSince = useRef(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (Date.now() - pendingSince.current < 1000 && GO_TO[key]) {
        pendingSince.current = 0;
        e.preventDefault();
        go(GO_TO[key]);
        return;
      }
      pendingSince.current = key === 'g' ? Date.now() : 0;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}

export function Shortcuts() {
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  // The dialog is built the first time it is asked for, not with every page.
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (opened) setAsked(true);
  }, [opened]);
  const go = (path: string) => void navigate(path);

  useHotkeys([
    ['n', () => go('/applications/new')],
    ['/', () => focusGlobalSearch()],
    ['shift+?', open],
    ['?', open],
  ]);
  useGoToSequence(go);

  if (!opened && !asked) return null;
  return (
    <Modal opened={opened} onClose={close} title="Keyboard shortcuts" centered>
      {opened ? (
        <Suspense fallback={<LoadingState label="Loading the shortcuts" />}>
          <ShortcutList />
        </Suspense>
      ) : null}
    </Modal>
  );
}
