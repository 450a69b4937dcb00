/**
 * The dialog event package's body (RFC 4235, application/dialog-info+xml) read into what a busy lamp
 * needs: each dialog's id, state and direction. Untrusted input from the network: parsed without a
 * DTD (src/main/xml/parse-xml-safely.ts), bounded in size, depth and dialog count; anything else than
 * a dialog-info document is undefined, so the caller keeps the lamp it had.
 */
import { parseXmlSafely } from '../xml/parse-xml-safely';
import type { XmlElement } from '../xml/xml-element';
import { attribute, childNamed, childrenNamed } from '../xml/xml-element';
import { XmlParseError } from '../xml/xml-parse-error';

/** The dialog states of RFC 4235 §3.7.1. */
export const dialogStates = ['trying', 'proceeding', 'early', 'confirmed', 'terminated'] as const;
export type DialogStateName = (typeof dialogStates)[number];

export interface DialogInfoDialog {
  /** The dialog element's id attribute (unique within the entity's notifications). */
  id: string;
  state: DialogStateName;
  /** 'initiator': the watched user called out; 'recipient': the watched user is being called. */
  direction: 'initiator' | 'recipient' | undefined;
}

export interface DialogInfoDocument {
  /** The document version (RFC 4235 §4.1: increases by one with every NOTIFY of a subscription). */
  version: number;
  /** 'full': the complete list of dialogs; 'partial': only the dialogs that changed. */
  state: 'full' | 'partial';
  /** The watched URI. */
  entity: string;
  dialogs: DialogInfoDialog[];
}

/** Bodies larger than this are refused: a PBX reports a handful of dialogs in a few KiB. */
export const MAX_DIALOG_INFO_CHARS = 64 * 1024;
/** More dialogs than this in one document are refused as hostile. */
export const MAX_DIALOGS = 64;

/**
 * The parsed document, or undefined for anything that is not a usable dialog-info document;
 * `onRefused` hears why, in English, for the log.
 */
export function parseDialogInfo(
  body: string,
  onRefused: (why: string) => void = () => undefined,
): DialogInfoDocument | undefined {
  if (body.length > MAX_DIALOG_INFO_CHARS) {
    onRefused(`The PBX sent a dialog state larger than ${MAX_DIALOG_INFO_CHARS} characters`);
    return undefined;
  }
  let root: XmlElement;
  try {
    root = parseXmlSafely(body, { maxChars: MAX_DIALOG_INFO_CHARS, maxDepth: 8 });
  } catch (error) {
    if (!(error instanceof XmlParseError)) throw error;
    onRefused(`The PBX sent a dialog state that ${error.problem}`);
    return undefined;
  }
  if (root.name !== 'dialog-info') {
    onRefused(`The PBX sent a <${root.name.slice(0, 64)}> document where a <dialog-info> belongs`);
    return undefined;
  }
  const versionText = attribute(root, 'version');
  const state = attribute(root, 'state');
  if (!/^\d{1,10}$/.test(versionText) || (state !== 'full' && state !== 'partial')) {
    onRefused('The PBX sent a dialog state without a valid version or state (full, partial)');
    return undefined;
  }
  const elements = childrenNamed(root, 'dialog');
  if (elements.length > MAX_DIALOGS) {
    onRefused(`The PBX sent a dialog state with more than ${MAX_DIALOGS} dialogs`);
    return undefined;
  }
  const dialogs: DialogInfoDialog[] = [];
  for (const element of elements) {
    const dialog = readDialog(element);
    if (dialog) dialogs.push(dialog);
  }
  return { version: Number(versionText), state, entity: attribute(root, 'entity'), dialogs };
}

function readDialog(element: XmlElement): DialogInfoDialog | undefined {
  const id = attribute(element, 'id');
  const state = childNamed(element, 'state')?.text.toLowerCase();
  if (id === '' || id.length > 512 || !isDialogState(state)) return undefined;
  const direction = attribute(element, 'direction');
  return {
    id,
    state,
    direction: direction === 'initiator' || direction === 'recipient' ? direction : undefined,
  };
}

function isDialogState(value: string | undefined): value is DialogStateName {
  return (dialogStates as readonly (string | undefined)[]).includes(value);
}
