import type { UserText } from '../../shared/contract/user-text';

type Params = Record<string, string | number>;

/**
 * The reasons shared/settings/field.ts gives a refused value, as `codes.settingProblem.<problem>` with
 * its parameters; each pattern reads exactly as the catalogue's English text.
 */
const problems: readonly [RegExp, string, (match: RegExpExecArray) => Params][] = [
  [/^must be one of (.*)$/, 'oneOf', (m) => ({ values: m[1] ?? '' })],
  [/^must be a whole number$/, 'wholeNumber', () => ({})],
  [/^must be at least (-?\d+)$/, 'atLeast', (m) => ({ min: Number(m[1]) })],
  [/^must be at most (-?\d+)$/, 'atMost', (m) => ({ max: Number(m[1]) })],
  [/^must be at most (\d+) characters$/, 'tooLong', (m) => ({ max: Number(m[1]) })],
  [/^must not contain control characters$/, 'control', () => ({})],
  [/^must not be empty$/, 'empty', () => ({})],
  [/^must be a host name or IP address$/, 'host', () => ({})],
  [/^must be host or host:port$/, 'hostPort', () => ({})],
  [/^must be an http\(s\) URL$/, 'url', () => ({})],
  [/^must be a ws:\/\/ or wss:\/\/ URL$/, 'wsUrl', () => ({})],
  [/^must be a phone number$/, 'phone', () => ({})],
  [/^must be an e-mail address$/, 'email', () => ({})],
  [/^must not repeat an entry$/, 'duplicate', () => ({})],
  [/^must have at most (\d+) entries$/, 'tooMany', (m) => ({ max: Number(m[1]) })],
];

/**
 * Why the setting `key` refused a value, as a catalogue code; undefined for a reason field.ts does not
 * give (zod's own, for a value of the wrong type: only a bug sends one), which stays English.
 */
export function settingProblemText(key: string, reason: string): UserText | undefined {
  for (const [pattern, problem, params] of problems) {
    const match = pattern.exec(reason);
    if (match) return { key: 'settings.invalid', params: { setting: key, problem, ...params(match) } };
  }
  return undefined;
}
