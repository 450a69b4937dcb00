import type { ShellCore } from '../../src/main/core';
import { EventBus } from '../../src/main/events/event-bus';
import { silentLogger } from '../../src/main/log/logger';
import { MediaChannel } from '../../src/main/media/media-channel';
import type { RequestHandlers } from '../../src/main/router';
import { Router } from '../../src/main/router';

/** What a shell touches of the core (router, events, media, logger), with a real router behind them. */
export interface MiniCore extends Omit<ShellCore, 'links'> {
  router: Router;
  events: EventBus;
  media: MediaChannel;
  closed: number;
  sip: { resumedCalls: number; networkChanges: number; resumed(): void; networkChanged(): void };
}

export function makeMiniCore(): MiniCore {
  const handlers = {
    'app.info': () => ({
      name: 'Softphone',
      version: '9.9.9',
      shell: 'electron',
      platform: 'linux',
      dataDir: '/d',
    }),
  } as Partial<RequestHandlers> as RequestHandlers;
  const core: MiniCore = {
    router: new Router(handlers, silentLogger),
    events: new EventBus(),
    media: new MediaChannel(),
    logger: silentLogger,
    sip: {
      resumedCalls: 0,
      networkChanges: 0,
      resumed() {
        core.sip.resumedCalls++;
      },
      networkChanged() {
        core.sip.networkChanges++;
      },
    },
    closed: 0,
    close() {
      core.closed++;
      return Promise.resolve();
    },
  };
  return core;
}
