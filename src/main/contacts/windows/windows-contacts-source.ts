/**
 * The manual's "Windows contacts" service: the *.contact files of the user's Contacts folder
 * (%USERPROFILE%\Contacts by default), read and mapped onto contacts. It only reads; the caller
 * stores the result (in SQLite) and searches it there.
 *
 * A bad file never fails the read: it is skipped and reported in `errors`. When the folder itself
 * cannot be read, `read()` answers `ok: false` with the contacts of the last good read, so a caller
 * that replaces its copy with the answer keeps what it had.
 */
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { UserText } from '../../../shared/contract/user-text';
import type { Logger } from '../../log/logger';
import type { ContactFields } from '../contact';
import { listContactFiles, type ContactFile, type FileProblem } from './list-contact-files';
import { hasContent, parseWindowsContact } from './parse-windows-contact';
import {
  WindowsContactsError,
  windowsContactsError,
  type WindowsContactsErrorCode,
} from './windows-contacts-error';

export type { FileProblem } from './list-contact-files';

/** A contact as read from a file; `id` is its ContactID, else "file:" and its path in the folder. */
export type WindowsContact = ContactFields & { id: string };

export interface WindowsContactsRead {
  /** False when the folder could not be read at all; `contacts` are then the last good read's. */
  ok: boolean;
  contacts: WindowsContact[];
  /** Files that were skipped (and the folder's problem when ok is false), each saying why. */
  errors: FileProblem[];
}

export interface WindowsContactsSourceOptions {
  /** Default: the Contacts folder in the user's home (where Windows keeps them). */
  folder?: string;
  /** Largest file read; default 2 MiB (a contact with an embedded photo is a few hundred KB). */
  maxFileBytes?: number;
  /** Most files read; default 5000. */
  maxFiles?: number;
  /** Sub-folder levels read; default 8. */
  maxDepth?: number;
  logger?: Logger;
  now?: () => number;
}

/**
 * Where the source stands, like the XML phonebook's:
 *
 * ```
 *   idle ──read()──▶ loading ──folder read──▶ ok ◀──────────┐
 *                      │  ▲                  │             │ a later read succeeds
 *        folder failed │  └───── read() ─────┘             │
 *                      ▼                                   │
 *                    error ──read()──▶ loading ────────────┘
 * ```
 *
 * - idle: never read.
 * - loading: a read is under way.
 * - ok: the folder was read; single files may still have failed (`fileErrorCount`, `fileErrors`).
 * - error: the folder could not be read (`code`, `message`); the last good contacts stay.
 */
export type WindowsContactsState = 'idle' | 'loading' | 'ok' | 'error';

export interface WindowsContactsStatus {
  state: WindowsContactsState;
  folder: string;
  /** In state error. */
  code?: WindowsContactsErrorCode;
  /** In state error: what failed and what to do, in English. */
  message?: string;
  /** The same as a catalogue code, for the UI language. */
  text?: UserText;
  contactCount: number;
  /** Files skipped in the last good read. */
  fileErrorCount: number;
  /** The first of them, for the settings page. */
  fileErrors: FileProblem[];
  /** ms since epoch */
  lastAttemptAt?: number;
  lastSuccessAt?: number;
}

export const DEFAULT_MAX_CONTACT_FILE_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_CONTACT_FILES = 5000;
export const DEFAULT_MAX_CONTACT_FOLDER_DEPTH = 8;
/** File errors kept in the status; the read's answer has all of them. */
const STATUS_FILE_ERRORS = 20;

/** Where Windows keeps the user's contacts. */
export function defaultWindowsContactsFolder(): string {
  return join(homedir(), 'Contacts');
}

export class WindowsContactsSource {
  readonly folder: string;
  private cached: WindowsContact[] = [];
  private current: WindowsContactsStatus;
  private running: Promise<WindowsContactsRead> | undefined;

  constructor(private readonly options: WindowsContactsSourceOptions = {}) {
    this.folder = options.folder?.trim() || defaultWindowsContactsFolder();
    this.current = { state: 'idle', folder: this.folder, contactCount: 0, fileErrorCount: 0, fileErrors: [] };
  }

  status(): WindowsContactsStatus {
    return { ...this.current, fileErrors: [...this.current.fileErrors] };
  }

  /** Reads the folder; a read already under way is joined, not repeated. Never rejects. */
  read(): Promise<WindowsContactsRead> {
    this.running ??= this.readFolder().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async readFolder(): Promise<WindowsContactsRead> {
    const now = this.options.now ?? Date.now;
    const attemptAt = now();
    this.current = { ...this.current, state: 'loading', lastAttemptAt: attemptAt };
    try {
      const listed = await listContactFiles(this.folder, {
        maxFiles: this.options.maxFiles ?? DEFAULT_MAX_CONTACT_FILES,
        maxDepth: this.options.maxDepth ?? DEFAULT_MAX_CONTACT_FOLDER_DEPTH,
      });
      const errors = [...listed.problems];
      const contacts = await this.readFiles(listed.files, errors);
      this.cached = contacts;
      this.current = {
        state: 'ok',
        folder: this.folder,
        contactCount: contacts.length,
        fileErrorCount: errors.length,
        fileErrors: errors.slice(0, STATUS_FILE_ERRORS),
        lastAttemptAt: attemptAt,
        lastSuccessAt: now(),
      };
      if (errors.length > 0) {
        this.options.logger?.warn(
          `Windows contacts: ${errors.length} file(s) in ${this.folder} skipped, e.g. ${errors[0]?.message ?? ''}`,
        );
      }
      return { ok: true, contacts: [...contacts], errors };
    } catch (error) {
      const failure =
        error instanceof WindowsContactsError
          ? error
          : windowsContactsError(
              'unreadable',
              {
                key: 'windowsContacts.folderFailed',
                params: {
                  folder: this.folder,
                  detail: (error instanceof Error ? error.message : String(error)).slice(0, 500),
                },
              },
              { cause: error },
            );
      this.options.logger?.warn(`Windows contacts not read: ${failure.message}`);
      const { lastSuccessAt, fileErrorCount, fileErrors } = this.current;
      this.current = {
        state: 'error',
        folder: this.folder,
        code: failure.code,
        message: failure.message,
        ...(failure.text ? { text: failure.text } : {}),
        contactCount: this.cached.length,
        fileErrorCount,
        fileErrors,
        lastAttemptAt: attemptAt,
        ...(lastSuccessAt !== undefined ? { lastSuccessAt } : {}),
      };
      return {
        ok: false,
        contacts: [...this.cached],
        errors: [{ file: '', code: failure.code, message: failure.message }],
      };
    }
  }

  private async readFiles(files: ContactFile[], errors: FileProblem[]): Promise<WindowsContact[]> {
    const contacts: WindowsContact[] = [];
    const ids = new Set<string>();
    for (const file of files) {
      try {
        const parsed = parseWindowsContact(
          await this.readBytes(file),
          `The contact file ${file.relativePath}`,
        );
        if (!hasContent(parsed.fields)) continue;
        // a copied .contact file keeps its ContactID; the path tells the copies apart
        let id =
          parsed.contactId && !ids.has(parsed.contactId) ? parsed.contactId : `file:${file.relativePath}`;
        for (let n = 2; ids.has(id); n++) id = `file:${file.relativePath}#${n}`;
        ids.add(id);
        contacts.push({ ...parsed.fields, id });
      } catch (error) {
        errors.push(problemOf(file, error));
      }
    }
    return contacts;
  }

  private async readBytes(file: ContactFile): Promise<Buffer> {
    const maxBytes = this.options.maxFileBytes ?? DEFAULT_MAX_CONTACT_FILE_BYTES;
    const tooLarge = (): WindowsContactsError =>
      new WindowsContactsError(
        'tooLarge',
        `The contact file ${file.relativePath} is larger than ${maxBytes} bytes and was skipped. Check that it is a contact.`,
      );
    if ((await stat(file.path)).size > maxBytes) throw tooLarge();
    const bytes = await readFile(file.path);
    // the file may have grown between stat and read
    if (bytes.length > maxBytes) throw tooLarge();
    return bytes;
  }
}

function problemOf(file: ContactFile, error: unknown): FileProblem {
  if (error instanceof WindowsContactsError) {
    return { file: file.relativePath, code: error.code, message: error.message };
  }
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
  return {
    file: file.relativePath,
    code: 'unreadable',
    message: `The contact file ${file.relativePath} could not be read (${code}). Check that the softphone may read it.`,
  };
}
