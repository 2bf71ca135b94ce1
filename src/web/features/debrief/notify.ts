import { notifications, type NotificationData } from '@mantine/notifications';

/** A toast whose close button has an accessible name. */
export function notify(data: NotificationData): void {
  notifications.show({ ...data, closeButtonProps: { 'aria-label': 'Dismiss', ...data.closeButtonProps } });
}
