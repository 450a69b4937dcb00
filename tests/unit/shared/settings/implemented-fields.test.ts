import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAvailable } from '../../../../src/shared/settings/field';
import { allAccountFields, allGlobalFields } from '../../../../src/shared/settings/registry';

/*
 * "Implemented" is a claim about the code, so it is checked against the code: a field marked implemented
 * must have its full key written, quoted, somewhere that acts on settings. Not counted: the settings
 * tables and the text catalogues (they describe fields), and the provisioning file formats (they map a
 * device file's keys onto setting keys, i.e. they write settings, they do not act on them).
 */
const scanned = ['src/main', 'src/renderer', 'src/shared'];
const notReaders = ['src/shared/settings/', 'src/shared/i18n/', 'src/main/provisioning/format/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const readerSource = scanned
  .flatMap(sourceFiles)
  .filter((path) => !notReaders.some((prefix) => path.replaceAll('\\', '/').startsWith(prefix)))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

function isReadByCode(key: string): boolean {
  return ["'", '"', '`'].some((quote) => readerSource.includes(`${quote}${key}${quote}`));
}

const entries = [...allGlobalFields(), ...allAccountFields()];

describe('the implemented status of every setting', () => {
  it('is only claimed for fields whose key some code reads', () => {
    const claimedButUnread = entries
      .filter(({ field }) => field.implemented === true && !isReadByCode(field.textKey))
      .map(({ key }) => key);
    expect(claimedButUnread).toEqual([]);
  });

  it('is never claimed for a field a WebRTC phone cannot honour', () => {
    const both = entries.filter(({ field }) => field.implemented && field.unsupported).map(({ key }) => key);
    expect(both).toEqual([]);
  });

  it('leaves the settings known to have no effect yet unavailable', () => {
    for (const key of [
      'functions.calls.manageIncomingCalls',
      'functions.calls.forwardDestination',
      'functions.calls.autoAnswerAfterSeconds',
      'functions.automation.callEvents.recordAllCalls',
      'functions.automation.callEvents.transferRequestMode',
      'functions.automation.callEvents.autoRejectOnStatus',
      'gui.appearance.hideAvatars',
      'gui.appearance.animations',
      'gui.appearance.messageBalloons',
      'media.audio.automaticMicrophoneSelection',
      'media.audio.instantMessageSound',
      'advanced.network.rtpPort',
      'advanced.network.rtpRandomPort',
      'gui.notifications.onInstantMessage',
      'functions.typingNotification',
      'compatibility.sendKpml',
    ]) {
      const entry = entries.find((candidate) => candidate.key === key);
      expect(entry, key).toBeDefined();
      expect(isAvailable(entry!.field), key).toBe(false);
    }
  });

  it('finds a key only as a whole quoted key, not inside a longer one', () => {
    expect(isReadByCode('network.stun')).toBe(true);
    expect(isReadByCode('network.stu')).toBe(false);
  });
});
