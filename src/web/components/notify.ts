import { notifications } from '@mantine/notifications';
import { messageOf } from '../api/client';

/** Confirms that something was saved. */
export function notifySaved(message: string) {
  notifications.show({ color: 'mentorTeal', message, autoClose: 4000 });
}

/** Reports a failure that belongs to no single field. */
export function notifyError(error: unknown, title?: string) {
  notifications.show({ color: 'red', title, message: messageOf(error), autoClose: 8000 });
}
