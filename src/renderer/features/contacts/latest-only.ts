/**
 * Hands out tickets so that only the newest request's answer is used: a search typed later
 * supersedes an earlier one even when the earlier answer arrives last.
 */
export class LatestOnly {
  private latest = 0;

  /** Starts a request; the returned check says whether it is still the newest. */
  next(): () => boolean {
    const ticket = ++this.latest;
    return () => ticket === this.latest;
  }

  /** Makes every request started so far stale (e.g. the query was cleared). */
  cancel(): void {
    this.latest += 1;
  }
}
