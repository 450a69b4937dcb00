/**
 * application/simple-message-summary bodies (RFC 3842 §5.2), read tolerantly: header names in any case,
 * any whitespace, CRLF, LF or CR line ends, lines in any order. What cannot be read is undefined, never
 * an exception: the body comes from the network.
 *
 *   Messages-Waiting: yes
 *   Message-Account: sip:alice@example.com
 *   Voice-Message: 2/8 (0/2)
 */
import type { VoicemailStatus } from '../../../shared/contract';

/** The event package (RFC 3842 §4) and its body type. */
export const messageSummaryEvent = 'message-summary';
export const messageSummaryType = 'application/simple-message-summary';

export interface MessageCounts {
  newMessages: number;
  oldMessages: number;
  /** The optional "(new/old)" urgent part. */
  urgentNew?: number;
  urgentOld?: number;
}

export interface MessageSummary {
  waiting: boolean;
  /** Message-Account, when present and printable. */
  account?: string;
  /** The Voice-Message line; absent when the body has none (or only an unreadable one). */
  voice?: MessageCounts;
}

/** Real summaries are a few lines; anything far larger is not one. */
export const maxMessageSummaryLength = 8192;
const maxAccountLength = 256;
// 9 digits fit an int; a larger count is a broken or hostile server, not a mailbox
const count = String.raw`(\d{1,9})`;
const countsPattern = new RegExp(
  String.raw`^${count}\s*/\s*${count}(?:\s*\(\s*${count}\s*/\s*${count}\s*\))?$`,
);

export function parseMessageSummary(body: unknown): MessageSummary | undefined {
  if (typeof body !== 'string' || body.length > maxMessageSummaryLength) return undefined;
  let waiting: boolean | undefined;
  let account: string | undefined;
  let voice: MessageCounts | undefined;
  let started = false;
  for (const line of body.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') {
      // after the summary, a blank line starts the optional message headers (§5.2): not ours
      if (started) break;
      continue;
    }
    started = true;
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'messages-waiting' && waiting === undefined) waiting = parseYesNo(value);
    else if (name === 'message-account' && account === undefined) account = parseAccount(value);
    else if (name === 'voice-message' && voice === undefined) voice = parseCounts(value);
  }
  // Messages-Waiting is mandatory; a server that forgot it but sent counts still means something
  const status = waiting ?? (voice ? voice.newMessages > 0 : undefined);
  if (status === undefined) return undefined;
  return {
    waiting: status,
    ...(account !== undefined ? { account } : {}),
    ...(voice !== undefined ? { voice } : {}),
  };
}

/** What the account view shows; no Voice-Message line means 0/0 (see VoicemailStatus). */
export function voicemailStatusOf(summary: MessageSummary): VoicemailStatus {
  return {
    waiting: summary.waiting,
    newMessages: summary.voice?.newMessages ?? 0,
    oldMessages: summary.voice?.oldMessages ?? 0,
  };
}

function parseYesNo(value: string): boolean | undefined {
  const word = value.toLowerCase();
  if (word === 'yes') return true;
  if (word === 'no') return false;
  return undefined;
}

function parseAccount(value: string): string | undefined {
  if (value === '' || value.length > maxAccountLength) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return undefined;
  return value;
}

function parseCounts(value: string): MessageCounts | undefined {
  const match = countsPattern.exec(value);
  if (!match) return undefined;
  const [, newMessages, oldMessages, urgentNew, urgentOld] = match;
  return {
    newMessages: Number(newMessages),
    oldMessages: Number(oldMessages),
    ...(urgentNew !== undefined && urgentOld !== undefined
      ? { urgentNew: Number(urgentNew), urgentOld: Number(urgentOld) }
      : {}),
  };
}
