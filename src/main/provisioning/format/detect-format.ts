/**
 * Which format a provisioning file is in, from its content: servers name files freely (an access-key
 * link ends in .cfg whatever it returns) and send any Content-Type, so neither is trusted.
 */
import type { ProvisioningDocument } from '../provisioning-document';
import { ProvisioningFormatError } from '../provisioning-document';
import { readKeyValueLine, splitLines } from './keyvalue-lines';

export type ProvisioningFileFormat = ProvisioningDocument['format'];

const NEITHER = 'The file is neither the softphone JSON format nor a key = value device configuration';

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * JSON when the first non-space character is `{`; key=value when the first line that is not blank, a
 * comment or a [section] header is `key = value`. Anything else (an HTML login page, XML for another
 * phone, binary data, an empty file) is refused with line 1. Expects the BOM already stripped.
 */
export function detectFormat(text: string): ProvisioningFileFormat {
  const start = text.trimStart();
  if (start.startsWith('{')) return 'softphone-json';
  if (start.startsWith('<')) {
    throw new ProvisioningFormatError(
      `${NEITHER}: it looks like XML or HTML (another phone's format, or a login or error page). Check the provisioning address.`,
      1,
    );
  }
  const first = splitLines(text).find((line) => readKeyValueLine(line).kind !== 'skip');
  if (first === undefined) {
    throw new ProvisioningFormatError(`${NEITHER}: it is empty. Check the provisioning address.`, 1);
  }
  if (readKeyValueLine(first).kind === 'entry') return 'device-keyvalue';
  throw new ProvisioningFormatError(`${NEITHER}. Check the provisioning address.`, 1);
}
