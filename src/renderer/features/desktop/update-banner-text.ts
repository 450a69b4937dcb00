import type { UpdateStatus } from '../../../shared/contract/desktop';

/** What the update banner says; undefined: no banner (nothing downloaded). */
export interface UpdateBannerContent {
  version: string | undefined;
  waitingForCalls: boolean;
}

export function updateBannerContent(status: UpdateStatus | undefined): UpdateBannerContent | undefined {
  if (status?.state !== 'downloaded') return undefined;
  const version = status.version?.trim();
  return { version: version === '' ? undefined : version, waitingForCalls: status.waitingForCalls };
}

/** A banner the user put off comes back for another version, or when the install starts waiting for calls. */
export function bannerKey(content: UpdateBannerContent): string {
  return `${content.version ?? ''}:${content.waitingForCalls}`;
}
