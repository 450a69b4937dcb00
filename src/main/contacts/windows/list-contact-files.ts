/**
 * The *.contact files of a Windows Contacts folder, including its sub-folders (Windows lets users
 * group contacts in folders). Symbolic links and junctions are not followed, so a link back to a
 * parent cannot make the walk endless; the depth and the number of files are bounded.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { WindowsContactsError } from './windows-contacts-error';
import { windowsContactsError } from './windows-contacts-error';

export interface ContactFile {
  path: string;
  /** Relative to the folder, with "/" separators: stable across platforms, used in ids and errors. */
  relativePath: string;
}

export interface FileProblem {
  /** Relative path, "" for the folder itself. */
  file: string;
  code: WindowsContactsError['code'];
  message: string;
}

export interface ContactFileList {
  files: ContactFile[];
  /** Sub-folders that could not be read, and the count limit if it was reached. */
  problems: FileProblem[];
}

export interface ListContactFilesOptions {
  maxFiles: number;
  /** Sub-folder levels below the folder that are read. */
  maxDepth: number;
}

const errnoOf = (error: unknown): string => (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';

/** Throws WindowsContactsError (notFound, notFolder, unreadable) when the folder itself cannot be read. */
export async function listContactFiles(
  folder: string,
  options: ListContactFilesOptions,
): Promise<ContactFileList> {
  await checkFolder(folder);
  const files: ContactFile[] = [];
  const problems: FileProblem[] = [];
  const pending: Array<{ dir: string; depth: number }> = [{ dir: folder, depth: 0 }];
  while (pending.length > 0) {
    const { dir, depth } = pending.shift()!;
    const relativeDir = toRelative(folder, dir);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === folder) throw unreadable(folder, error);
      problems.push({
        file: relativeDir,
        code: 'unreadable',
        message: `The contacts sub-folder ${relativeDir} could not be read (${errnoOf(error)}); its contacts are missing.`,
      });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < options.maxDepth) pending.push({ dir: path, depth: depth + 1 });
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.contact')) {
        if (files.length >= options.maxFiles) {
          problems.push({
            file: '',
            code: 'tooMany',
            message: `The contacts folder ${folder} holds more than ${options.maxFiles} contact files; only the first ${options.maxFiles} were read. Choose a smaller folder.`,
          });
          return { files, problems };
        }
        files.push({ path, relativePath: toRelative(folder, path) });
      }
    }
  }
  return { files, problems };
}

function toRelative(folder: string, path: string): string {
  return relative(folder, path).split(sep).join('/');
}

async function checkFolder(folder: string): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(folder)).isDirectory();
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw windowsContactsError(
        'notFound',
        { key: 'windowsContacts.folderNotFound', params: { folder } },
        { cause: error },
      );
    }
    throw unreadable(folder, error);
  }
  if (!isDirectory) {
    throw windowsContactsError('notFolder', { key: 'windowsContacts.notFolder', params: { folder } });
  }
}

function unreadable(folder: string, error: unknown): WindowsContactsError {
  return windowsContactsError(
    'unreadable',
    { key: 'windowsContacts.folderUnreadable', params: { folder, code: errnoOf(error) } },
    { cause: error },
  );
}
