import { maxLinkLength } from './call-link';

const linkStart = /^(?:callto|sips?|tel):/i;
// What a number split into several arguments can continue with (see below).
const numberPiece = /^[0-9()+\-./]+$/;

/**
 * Picks the call link from a process's argv: on Windows and Linux the OS starts the app (or, through
 * the single-instance lock, a second instance) with the link as an argument. The executable path,
 * Chromium/Electron switches (--hidden, --allow-file-access-from-files, …) and anything that is not a
 * callto:/sip:/sips:/tel: link are ignored; the first link wins. Returned raw: parseCallLink judges it.
 *
 * Windows passes `"tel:+49 30 123"` as one argument when the handler is registered as `"%1"` (Electron
 * and electron-builder do); registered without quotes it arrives as "tel:+49", "30", "123": number
 * pieces that directly follow a tel:/callto: argument are joined back with spaces.
 *
 * Where the command passes the link after `--` (our Windows registration, protocol-handlers.ts),
 * only what follows the first `--` counts: anything before it is the executable or a switch,
 * however much it looks like a link. Without `--` (Linux, macOS, an older registration) every
 * argument is looked at.
 */
export function findCallLinkInArgv(argv: readonly string[]): string | undefined {
  const terminator = argv.findIndex((argument) => argument === '--');
  return findLink(terminator === -1 ? argv : argv.slice(terminator + 1));
}

function findLink(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const argument = unquote(argv[i]);
    if (argument === undefined || !linkStart.test(argument)) continue;
    if (!/^(?:callto|tel):/i.test(argument)) return argument;
    let link = argument;
    for (let j = i + 1; j < argv.length; j++) {
      const piece = unquote(argv[j]);
      if (piece === undefined || !numberPiece.test(piece) || link.length > maxLinkLength) break;
      link += ` ${piece}`;
    }
    return link;
  }
  return undefined;
}

/** The argument without surrounding whitespace and one pair of surrounding quotes (a shortcut's "%1"). */
function unquote(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed.length >= 2 && /^(["']).*\1$/s.test(trimmed)) return trimmed.slice(1, -1).trim();
  return trimmed;
}
