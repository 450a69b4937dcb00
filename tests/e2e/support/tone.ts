import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** A mono 48 kHz sine WAV made with sox, for Chromium's fake microphone. */
export function makeTone(dir: string, frequencyHz: number, seconds = 60): string {
  const file = join(dir, `tone-${frequencyHz}.wav`);
  const result = spawnSync(
    'sox',
    [
      '-n',
      '-r',
      '48000',
      '-c',
      '1',
      '-b',
      '16',
      file,
      'synth',
      String(seconds),
      'sine',
      String(frequencyHz),
      'vol',
      '0.5',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`sox failed: ${result.stderr}`);
  return file;
}
