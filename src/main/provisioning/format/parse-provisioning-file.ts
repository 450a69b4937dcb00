/**
 * The one entry for a fetched provisioning file: format detected from the content, then parsed into a
 * ProvisioningDocument. Throws ProvisioningFormatError (with a line or field) for a file that cannot be
 * used; nothing is applied then.
 */
import type { ProvisioningDocument } from '../provisioning-document';
import { detectFormat, stripBom } from './detect-format';
import { parseDeviceKeyValue } from './device-keyvalue';
import { parseSoftphoneJson } from './softphone-json';

export function parseProvisioningFile(text: string): ProvisioningDocument {
  const content = stripBom(text);
  return detectFormat(content) === 'softphone-json'
    ? parseSoftphoneJson(content)
    : parseDeviceKeyValue(content);
}
