/**
 * `account.N.codec.<id>.*` → the account's ordered codec list. Two spellings exist in generated files:
 * numbered entries naming the codec in `payload_type` (`codec.1.payload_type = PCMU`) and entries named
 * by the codec itself (`codec.pcmu.enable`). Enabled codecs are ordered by `priority` (1 first), then by
 * their place in the file; codecs a WebRTC phone cannot use (G.729, G.726, iLBC, …) are skipped.
 */
import type { KeyValueEntry } from './keyvalue-lines';
import { flag, given, integer } from './device-values';

export const CODEC_PROPERTIES = ['enable', 'payload_type', 'priority', 'rtpmap'] as const;

/** Device codec names and static RTP payload types → our codec option values. */
const CODECS: Readonly<Record<string, string>> = {
  pcmu: 'pcmu',
  g711u: 'pcmu',
  'g711-u': 'pcmu',
  'g.711u': 'pcmu',
  '0': 'pcmu',
  pcma: 'pcma',
  g711a: 'pcma',
  'g711-a': 'pcma',
  'g.711a': 'pcma',
  '8': 'pcma',
  g722: 'g722',
  'g.722': 'g722',
  '9': 'g722',
  opus: 'opus',
};

interface CodecEntry {
  id: string;
  properties: Map<string, KeyValueEntry>;
}

/**
 * The ordered codec list, or undefined when the file names none of ours enabled: a phone without a
 * codec cannot call, so it keeps its own list then.
 */
export function codecList(entries: ReadonlyMap<string, CodecEntry>): string[] | undefined {
  const enabled: { codec: string; priority: number; line: number }[] = [];
  for (const { id, properties } of entries.values()) {
    // Every value is converted, even of a codec skipped below: a malformed line is reported either way.
    const enable = properties.get('enable');
    const on = given(enable) ? flag(enable) : true;
    const priority = properties.get('priority');
    const rank = given(priority) ? integer(priority) : Infinity;
    const named = properties.get('payload_type');
    const codec = CODECS[(given(named) ? named.value : id).trim().toLowerCase()];
    if (!on || !codec) continue;
    const line = Math.min(...[...properties.values()].map((entry) => entry.line));
    enabled.push({ codec, priority: rank, line });
  }
  enabled.sort((a, b) => a.priority - b.priority || a.line - b.line);
  const list = [...new Set(enabled.map((entry) => entry.codec))];
  return list.length > 0 ? list : undefined;
}

/** Collects one `codec.<id>.<property>` entry; false when the key is not a codec property we read. */
export function addCodecEntry(codecs: Map<string, CodecEntry>, rest: string, entry: KeyValueEntry): boolean {
  const match = /^codec\.([a-z0-9._-]+)\.([a-z_]+)$/.exec(rest);
  const id = match?.[1];
  const property = match?.[2];
  if (!id || !property || !(CODEC_PROPERTIES as readonly string[]).includes(property)) return false;
  let codec = codecs.get(id);
  if (!codec) {
    codec = { id, properties: new Map() };
    codecs.set(id, codec);
  }
  codec.properties.set(property, entry);
  return true;
}

export type { CodecEntry };
