import { Notifications } from '@mantine/notifications';

/** Where the app's toasts appear, at most four at a time. */
export function Toasts() {
  return <Notifications position="bottom-right" limit={4} />;
}
