/** ITU-T Q.23 DTMF frequencies: a row tone and a column tone per key. */
const rows = [697, 770, 852, 941] as const;
const columns = [1209, 1336, 1477, 1633] as const;
const keypad = ['123A', '456B', '789C', '*0#D'] as const;

/** The two frequencies of a DTMF key, or undefined for a character that is not one. */
export function dtmfFrequencies(tone: string): readonly [number, number] | undefined {
  const key = tone.toUpperCase();
  if (key.length !== 1) return undefined;
  for (const [row, keys] of keypad.entries()) {
    const column = keys.indexOf(key);
    if (column >= 0) return [rows[row]!, columns[column]!];
  }
  return undefined;
}

/** Long enough to hear, short enough for fast typing. */
export const dtmfSoundMs = 120;
const level = 0.15;
const rampSeconds = 0.005;

/**
 * Starts a key's dual tone on the context's default output and returns at once; the nodes are
 * released when the sound ends. The context is shared and stays open for the next key. A context
 * the autoplay policy still holds suspended plays the sound once it may (the keypad press that
 * caused it usually lifts the policy).
 */
export function playDtmfSound(context: AudioContext, frequencies: readonly [number, number]): void {
  if (context.state === 'suspended') context.resume().catch(() => undefined);
  const start = context.currentTime;
  const end = start + dtmfSoundMs / 1000;
  const gain = context.createGain();
  gain.gain.setValueAtTime(0, start);
  gain.gain.linearRampToValueAtTime(level, start + rampSeconds);
  gain.gain.setValueAtTime(level, end - rampSeconds);
  gain.gain.linearRampToValueAtTime(0, end);
  gain.connect(context.destination);
  for (const [index, frequency] of frequencies.entries()) {
    const oscillator = context.createOscillator();
    oscillator.frequency.value = frequency;
    oscillator.connect(gain);
    oscillator.start(start);
    oscillator.stop(end);
    if (index === 0) oscillator.addEventListener('ended', () => gain.disconnect(), { once: true });
  }
}
