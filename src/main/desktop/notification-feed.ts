import type { CallView } from '../../shared/contract/calls';
import type { DesktopEvent, NotificationRequest } from '../../shared/contract/desktop';
import { CallEventDeriver } from './call-events';
import type { SettingsReader } from './desktop-settings';
import { readDesktopSettings } from './desktop-settings';
import { NotificationBudget } from './notification-budget';
import { decideNotification } from './notification-policy';

export interface NotificationFeedOptions {
  settings: SettingsReader;
  dnd(): boolean;
  /** The browser's locale is unknown in main: 'system' resolves with this (e.g. 'en'). */
  systemLocale: string;
  show(request: NotificationRequest): void;
  close(tag: string): void;
}

/**
 * The same notification decisions for the web shell, where the browser's
 * Notification API shows them: feed it `calls.changed` lists and other desktop
 * events; it calls `show`/`close`, which the core turns into the
 * `notifications.show`/`notifications.close` events. Browsers have no action
 * buttons outside service workers, so requests carry none.
 */
export class NotificationFeed {
  private readonly deriver = new CallEventDeriver();
  private readonly budget = new NotificationBudget();

  constructor(private readonly options: NotificationFeedOptions) {}

  calls(list: readonly CallView[]): void {
    for (const event of this.deriver.next(list)) this.event(event);
  }

  event(event: DesktopEvent): void {
    const settings = readDesktopSettings(this.options.settings, this.options.systemLocale);
    const decision = this.budget.admit(
      decideNotification(event, settings, {
        actionsSupported: false,
        dnd: this.options.dnd(),
      }),
    );
    if (decision.type === 'show') this.options.show(decision.request);
    else if (decision.type === 'close') this.options.close(decision.tag);
  }
}
