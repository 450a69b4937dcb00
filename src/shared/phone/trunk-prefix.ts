import { Metadata } from 'libphonenumber-js/min';

/**
 * "+49 (0)30 1234-5678", "+49(0)30…", "0049 (0) 30 …": the international form with the national
 * trunk prefix in brackets, as German, Austrian, Swiss and British letterheads write it. The "(0)" is
 * only dialled from inside the country; after the country code it must go, or the call goes to
 * +4903012345678. Countries that keep their 0 after the country code (Italy, +39 06…) have no trunk
 * prefix in libphonenumber's metadata, so there the 0 stays as a digit.
 */
const bracketedTrunkPrefix = /^(\s*(?:\+|00)\s*)([1-9][0-9]{0,2})\s*\(\s*0\s*\)\s*/;

/** The parts of libphonenumber's Metadata class we use; its typings declare only a few of them. */
interface CallingCodeMetadata {
  hasCallingCode(callingCode: string): boolean;
  selectNumberingPlan(callingCode: string): void;
  numberingPlan?: { nationalPrefix(): string | undefined };
}

const metadata = new Metadata() as unknown as CallingCodeMetadata;

/** The number as written, with a bracketed "(0)" after the country code resolved; otherwise unchanged. */
export function withoutBracketedTrunkPrefix(text: string): string {
  const match = bracketedTrunkPrefix.exec(text);
  if (!match) return text;
  const [whole, lead = '', callingCode = ''] = match;
  const rest = text.slice(whole.length);
  const kept = dropsTrunkZero(callingCode) ? '' : '0';
  return `${lead}${callingCode} ${kept}${rest}`;
}

/** Whether the country behind this calling code has the trunk prefix 0 (dropped after the code). */
function dropsTrunkZero(callingCode: string): boolean {
  if (!metadata.hasCallingCode(callingCode)) return false;
  metadata.selectNumberingPlan(callingCode);
  return metadata.numberingPlan?.nationalPrefix() === '0';
}
