import type { UserText } from '../../../shared/contract/user-text';
import { englishText } from '../../i18n/translator';

/**
 * Why a Windows Contacts folder or one of its .contact files could not be read. The UI translates
 * the code (English, German); the message is the English detail for the log and as the fallback.
 */
export type WindowsContactsErrorCode =
  /** The folder does not exist (on Linux and macOS there is none unless the user copied one). */
  | 'notFound'
  /** The path is a file, not a folder. */
  | 'notFolder'
  /** The folder or a file could not be read (permissions, I/O). */
  | 'unreadable'
  /** A file is larger than the per-file limit. */
  | 'tooLarge'
  /** More .contact files than the limit; the rest were not read. */
  | 'tooMany'
  /** A file contains a DOCTYPE or entity declaration, refused (XXE, "billion laughs"). */
  | 'doctype'
  /** Elements nested deeper than any contact needs. */
  | 'tooDeep'
  /** Not well-formed XML, or an encoding we cannot read. */
  | 'malformed'
  /** Well-formed XML, but its root is not a Windows Contacts <contact>. */
  | 'notContact';

export class WindowsContactsError extends Error {
  /** The same as a catalogue code, for the UI language (the folder's failures have one). */
  readonly text: UserText | undefined;

  constructor(
    readonly code: WindowsContactsErrorCode,
    message: string,
    options?: ErrorOptions & { text?: UserText },
  ) {
    super(message, options);
    this.name = 'WindowsContactsError';
    this.text = options?.text;
  }
}

/** A failure told as a catalogue code; its message is the code's English text. */
export function windowsContactsError(
  code: WindowsContactsErrorCode,
  text: UserText,
  options?: ErrorOptions,
): WindowsContactsError {
  return new WindowsContactsError(code, englishText(text), { ...options, text });
}
