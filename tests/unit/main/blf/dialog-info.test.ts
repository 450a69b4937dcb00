import { describe, expect, it } from 'vitest';
import { MAX_DIALOG_INFO_CHARS, MAX_DIALOGS, parseDialogInfo } from '../../../../src/main/blf/dialog-info';
import { DialogStateTracker, lampOfDialogs } from '../../../../src/main/blf/dialog-state-tracker';

/** A dialog element as Kamailio's pua_dialoginfo writes it with include_localremote and include_tags. */
function kamailioDialog(id: string, state: string, direction: 'initiator' | 'recipient'): string {
  return `<dialog id="${id}" call-id="${id}" local-tag="lt-${id}" remote-tag="rt-${id}" direction="${direction}">
    <state>${state}</state>
    <remote><identity>sip:1003@127.0.0.1</identity><target uri="sip:1003@127.0.0.1"/></remote>
    <local><identity>sip:1002@127.0.0.1</identity><target uri="sip:1002@127.0.0.1"/></local>
  </dialog>`;
}

function document(version: number, state: 'full' | 'partial', ...dialogs: string[]): string {
  return `<?xml version="1.0"?>
<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="${version}" state="${state}" entity="sip:1002@127.0.0.1">
${dialogs.join('\n')}
</dialog-info>`;
}

describe('parseDialogInfo', () => {
  it('reads a Kamailio full-state document with an early incoming dialog', () => {
    const parsed = parseDialogInfo(document(3, 'full', kamailioDialog('c1', 'early', 'recipient')));
    expect(parsed).toEqual({
      version: 3,
      state: 'full',
      entity: 'sip:1002@127.0.0.1',
      dialogs: [{ id: 'c1', state: 'early', direction: 'recipient' }],
    });
  });

  it('reads an empty full document (idle) and several dialogs', () => {
    expect(parseDialogInfo(document(0, 'full'))?.dialogs).toEqual([]);
    const parsed = parseDialogInfo(
      document(
        1,
        'partial',
        kamailioDialog('a', 'terminated', 'initiator'),
        kamailioDialog('b', 'confirmed', 'recipient'),
      ),
    );
    expect(parsed?.state).toBe('partial');
    expect(parsed?.dialogs.map((d) => [d.id, d.state, d.direction])).toEqual([
      ['a', 'terminated', 'initiator'],
      ['b', 'confirmed', 'recipient'],
    ]);
  });

  it('accepts a namespace prefix and a dialog without direction, skips dialogs without id or state', () => {
    const parsed = parseDialogInfo(
      `<d:dialog-info xmlns:d="urn:ietf:params:xml:ns:dialog-info" version="2" state="full" entity="sip:x@y">
        <d:dialog id="x"><d:state>Confirmed</d:state></d:dialog>
        <d:dialog><d:state>early</d:state></d:dialog>
        <d:dialog id="z"><d:state>ringing-ish</d:state></d:dialog>
      </d:dialog-info>`,
    );
    expect(parsed?.dialogs).toEqual([{ id: 'x', state: 'confirmed', direction: undefined }]);
  });

  it('refuses a DTD with entities (no expansion, no external fetch)', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE dialog-info [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<dialog-info version="1" state="full" entity="&b;"/>`;
    expect(parseDialogInfo(laughs)).toBeUndefined();
    const external = `<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><dialog-info version="1" state="full" entity="&x;"/>`;
    expect(parseDialogInfo(external)).toBeUndefined();
  });

  it('refuses a huge body, a wrong root, garbage, and missing version or state', () => {
    const huge = document(1, 'full', kamailioDialog('h', 'confirmed', 'recipient')).replace(
      '<dialog ',
      `<!--${'x'.repeat(MAX_DIALOG_INFO_CHARS)}--><dialog `,
    );
    expect(parseDialogInfo(huge)).toBeUndefined();
    expect(parseDialogInfo('<presence version="1" state="full"/>')).toBeUndefined();
    expect(parseDialogInfo('not xml at all <<<')).toBeUndefined();
    expect(parseDialogInfo('')).toBeUndefined();
    expect(parseDialogInfo('<dialog-info state="full"/>')).toBeUndefined();
    expect(parseDialogInfo('<dialog-info version="-1" state="full"/>')).toBeUndefined();
    expect(parseDialogInfo('<dialog-info version="1" state="whatever"/>')).toBeUndefined();
  });

  it('refuses too many dialogs and too deep nesting', () => {
    const many = Array.from({ length: 65 }, (_, i) => kamailioDialog(`d${i}`, 'early', 'recipient'));
    expect(parseDialogInfo(document(1, 'full', ...many))).toBeUndefined();
    const deep = `<dialog-info version="1" state="full">${'<a>'.repeat(20)}${'</a>'.repeat(20)}</dialog-info>`;
    expect(parseDialogInfo(deep)).toBeUndefined();
  });
});

describe('DialogStateTracker', () => {
  const apply = (tracker: DialogStateTracker, body: string) => tracker.apply(parseDialogInfo(body)!);

  it('goes idle → ringing (called) → busy → idle over partial documents merged by dialog id', () => {
    const tracker = new DialogStateTracker();
    apply(tracker, document(0, 'full'));
    expect(tracker.lamp).toEqual({ state: 'idle' });
    apply(tracker, document(1, 'partial', kamailioDialog('c1', 'early', 'recipient')));
    expect(tracker.lamp).toEqual({ state: 'ringing', called: true });
    apply(tracker, document(2, 'partial', kamailioDialog('c1', 'confirmed', 'recipient')));
    expect(tracker.lamp).toEqual({ state: 'busy' });
    apply(tracker, document(3, 'partial', kamailioDialog('c1', 'terminated', 'recipient')));
    expect(tracker.lamp).toEqual({ state: 'idle' });
  });

  it('keeps another dialog when one ends, and a full document replaces everything', () => {
    const tracker = new DialogStateTracker();
    apply(tracker, document(1, 'partial', kamailioDialog('a', 'confirmed', 'initiator')));
    apply(tracker, document(2, 'partial', kamailioDialog('b', 'early', 'initiator')));
    expect(tracker.lamp).toEqual({ state: 'busy' });
    apply(tracker, document(3, 'partial', kamailioDialog('a', 'terminated', 'initiator')));
    expect(tracker.lamp).toEqual({ state: 'ringing', called: false });
    apply(tracker, document(4, 'full', kamailioDialog('old', 'terminated', 'recipient')));
    expect(tracker.lamp).toEqual({ state: 'idle' });
  });

  it('ignores a stale (not newer) version', () => {
    const tracker = new DialogStateTracker();
    apply(tracker, document(5, 'full', kamailioDialog('a', 'confirmed', 'recipient')));
    expect(apply(tracker, document(5, 'full'))).toBe(false);
    expect(apply(tracker, document(4, 'full'))).toBe(false);
    expect(tracker.lamp).toEqual({ state: 'busy' });
    expect(apply(tracker, document(6, 'full'))).toBe(true);
    expect(tracker.lamp).toEqual({ state: 'idle' });
  });

  it('tolerates old terminated dialogs in the first NOTIFY', () => {
    const tracker = new DialogStateTracker();
    apply(
      tracker,
      document(
        0,
        'full',
        kamailioDialog('gone1', 'terminated', 'recipient'),
        kamailioDialog('gone2', 'terminated', 'initiator'),
      ),
    );
    expect(tracker.lamp).toEqual({ state: 'idle' });
  });

  it('lampOfDialogs: trying and proceeding ring too', () => {
    expect(lampOfDialogs([{ id: 'a', state: 'trying', direction: 'initiator' }])).toEqual({
      state: 'ringing',
      called: false,
    });
    expect(lampOfDialogs([{ id: 'a', state: 'proceeding', direction: undefined }])).toEqual({
      state: 'ringing',
      called: false,
    });
  });
});

describe('parseDialogInfo refusals', () => {
  function refusal(body: string): string | undefined {
    let why: string | undefined;
    expect(parseDialogInfo(body, (reason) => (why = reason))).toBeUndefined();
    return why;
  }

  it('says in its own words why a NOTIFY body was ignored, never speaking of phonebooks', () => {
    const reasons = [
      refusal('not xml at all <<<'),
      refusal(
        '<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><dialog-info version="1" state="full"/>',
      ),
      refusal('<presence version="1" state="full"/>'),
      refusal('<dialog-info version="-1" state="full"/>'),
      refusal(
        `<dialog-info version="1" state="full">${'<dialog id="d"/>'.repeat(MAX_DIALOGS + 1)}</dialog-info>`,
      ),
      refusal(`<dialog-info>${'x'.repeat(MAX_DIALOG_INFO_CHARS)}</dialog-info>`),
    ];
    expect(reasons[0]).toMatch(/^The PBX sent a dialog state that is not valid XML: .*line 1/);
    expect(reasons[1]).toMatch(/^The PBX sent a dialog state that contains a DOCTYPE/);
    expect(reasons[2]).toMatch(/<presence> document where a <dialog-info> belongs/);
    expect(reasons[3]).toMatch(/without a valid version or state/);
    expect(reasons[4]).toMatch(/more than 64 dialogs/);
    expect(reasons[5]).toMatch(/larger than 65536 characters/);
    for (const reason of reasons) expect(reason).not.toMatch(/phonebook/i);
  });

  it('says nothing about a good document', () => {
    let why: string | undefined;
    expect(
      parseDialogInfo('<dialog-info version="1" state="full"/>', (reason) => (why = reason)),
    ).toBeDefined();
    expect(why).toBeUndefined();
  });
});
