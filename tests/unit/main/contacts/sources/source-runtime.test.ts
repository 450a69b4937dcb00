import { describe, expect, it } from 'vitest';
import type { SourceRead } from '../../../../../src/main/contacts/sources/source-runtime';
import { CachedSourceRuntime } from '../../../../../src/main/contacts/sources/source-runtime';

function runtime(reads: (() => Promise<SourceRead>)[]) {
  const stored: SourceRead[] = [];
  const saved: (string | undefined)[] = [];
  let syncState: string | undefined;
  let statusChanges = 0;
  const rt = new CachedSourceRuntime({
    sourceId: 'xml:a',
    refreshMs: 0,
    read: () => reads.shift()!(),
    store: (read) => {
      stored.push(read);
      return read.kind === 'full' ? read.contacts.length : read.upserts.length;
    },
    saved: (state) => {
      syncState = state;
      saved.push(state);
    },
    syncState: () => syncState,
    describe: (error) => `phonebook failed: ${(error as Error).message}`,
    onStatus: () => statusChanges++,
    initialCount: 0,
    lastSuccessAt: undefined,
    now: () => 100,
  });
  return { rt, stored, saved, statusChanges: () => statusChanges };
}

const contact = {
  id: '1',
  firstName: '',
  lastName: 'X',
  displayName: '',
  company: '',
  department: '',
  email: '',
  phones: [],
};

describe('CachedSourceRuntime', () => {
  it('goes idle → loading → ok and stores the read with its sync state', async () => {
    const { rt, stored, saved } = runtime([
      () => Promise.resolve<SourceRead>({ kind: 'full', contacts: [contact], syncState: 's1' }),
    ]);
    expect(rt.status().state).toBe('idle');
    const pending = rt.refresh();
    expect(rt.status().state).toBe('loading');
    await pending;
    expect(rt.status()).toMatchObject({ state: 'ok', contactCount: 1, lastSuccessAt: 100 });
    expect(stored).toHaveLength(1);
    expect(saved).toEqual(['s1']);
  });

  it('keeps the last good copy and says why when a later read fails', async () => {
    const { rt, stored } = runtime([
      () => Promise.resolve<SourceRead>({ kind: 'full', contacts: [contact] }),
      () => Promise.reject(new Error('HTTP 500')),
    ]);
    await rt.refresh();
    await rt.refresh();
    expect(rt.status()).toMatchObject({
      state: 'error',
      message: 'phonebook failed: HTTP 500',
      contactCount: 1,
    });
    expect(stored).toHaveLength(1);
  });

  it('joins a read already under way instead of starting a second one', async () => {
    let release: (read: SourceRead) => void = () => undefined;
    const { rt, stored } = runtime([() => new Promise((resolve) => (release = resolve))]);
    const first = rt.refresh();
    const second = rt.refresh();
    release({ kind: 'full', contacts: [] });
    await Promise.all([first, second]);
    expect(stored).toHaveLength(1);
  });

  it("carries a failure's catalogue code into the status, and drops it when a later failure has none", async () => {
    const text = { key: 'xmlPhonebook.fileNotFound', params: { path: '/x.xml' } } as const;
    const { rt } = runtime([
      () => Promise.reject(Object.assign(new Error('gone'), { text })),
      () => Promise.reject(new Error('HTTP 500')),
    ]);
    await rt.refresh();
    expect(rt.status()).toMatchObject({ state: 'error', message: 'phonebook failed: gone', text });
    await rt.refresh();
    expect(rt.status().text).toBeUndefined();
    expect(rt.status().message).toBe('phonebook failed: HTTP 500');
  });

  it('ignores a text that is not a catalogue code', async () => {
    const { rt } = runtime([
      () => Promise.reject(Object.assign(new Error('x'), { text: { key: 'no.such' } })),
    ]);
    await rt.refresh();
    expect(rt.status().text).toBeUndefined();
  });
});
