// Lab tests must fail, not skip, when the lab is missing: a skipped keychain test in CI hides a broken lab.

const HOW =
  'run the tests through tests/lab/with-lab.sh (e.g. `bash tests/lab/with-lab.sh npx vitest run --project integration`)';

/** True inside with-lab.sh: a D-Bus session with an unlocked gnome-keyring Secret Service. */
export function secretServiceAvailable(): boolean {
  return process.env['SOFTPHONE_LAB'] === '1' && Boolean(process.env['DBUS_SESSION_BUS_ADDRESS']);
}

/** Throws with instructions unless the lab environment is present. Call it at the top of every lab test file. */
export function requireLab(): void {
  if (process.env['SOFTPHONE_LAB'] !== '1') {
    throw new Error(`SOFTPHONE_LAB is not set: this test needs the lab; ${HOW}.`);
  }
  if (!process.env['DBUS_SESSION_BUS_ADDRESS']) {
    throw new Error(
      `SOFTPHONE_LAB=1 but there is no D-Bus session (DBUS_SESSION_BUS_ADDRESS unset); ${HOW}.`,
    );
  }
}
