import type { NotificationRequest } from '../../../shared/contract/desktop';

/** The part of the browser's Notification the web shell uses; tests hand in a recording fake. */
export interface ShownNotification {
  close: () => void;
  onclick: ((event: Event) => void) | null;
}

export type NotificationFactory = (title: string, options: NotificationOptions) => ShownNotification;

/** Constructor arguments for the browser's Notification from main's request. */
export function notificationArguments(request: NotificationRequest): {
  title: string;
  options: NotificationOptions;
} {
  return {
    title: request.title,
    options: { body: request.body, tag: request.tag, requireInteraction: request.requireInteraction },
  };
}

/**
 * The notifications on screen by tag: a new one with the same tag replaces (and closes) the older, and
 * `notifications.close` closes by tag. Clicking one brings the window forward.
 */
export class NotificationBoard {
  private readonly shown = new Map<string, ShownNotification>();

  constructor(
    private readonly create: NotificationFactory,
    private readonly focusWindow: () => void,
  ) {}

  show(request: NotificationRequest): void {
    const { title, options } = notificationArguments(request);
    this.close(request.tag);
    const notification = this.create(title, options);
    notification.onclick = () => {
      this.focusWindow();
      this.close(request.tag);
    };
    this.shown.set(request.tag, notification);
  }

  close(tag: string): void {
    const notification = this.shown.get(tag);
    if (notification === undefined) return;
    this.shown.delete(tag);
    notification.close();
  }

  closeAll(): void {
    for (const tag of [...this.shown.keys()]) this.close(tag);
  }

  get tags(): string[] {
    return [...this.shown.keys()];
  }
}
