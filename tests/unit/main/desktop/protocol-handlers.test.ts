import { describe, expect, it } from 'vitest';
import { ProtocolHandlers, protocolArgs } from '../../../../src/main/desktop/protocol-handlers';
import { findCallLinkInArgv } from '../../../../src/shared/links/find-call-link-in-argv';

const exe = 'C:\\Users\\u\\AppData\\Local\\Programs\\softphone\\Softphone.exe';

function setup(isPackaged = true, refuse = new Set<string>()) {
  const registered = new Map<string, { path: string | undefined; args: string[] | undefined }>();
  const removed: { path: string | undefined; args: string[] | undefined }[] = [];
  const handlers = new ProtocolHandlers(
    {
      setAsDefaultProtocolClient: (p, path, args) => {
        if (refuse.has(p)) return false;
        registered.set(p, { path, args });
        return true;
      },
      removeAsDefaultProtocolClient: (p, path, args) => {
        removed.push({ path, args });
        return registered.delete(p);
      },
    },
    isPackaged,
    exe,
  );
  return { registered, removed, handlers };
}

/**
 * The argv Windows builds from Electron's registered command `"<path>" <args> "%1"` for a link
 * (Electron's GetProtocolLaunchPath; the quotes end at the link's first quote).
 */
function windowsArgv(path: string, args: readonly string[], link: string): string[] {
  const quoted = link.split('"');
  return [path, ...args, quoted[0]!, ...quoted.slice(1).join('"').split(' ').filter(Boolean)];
}

describe('ProtocolHandlers', () => {
  it('registers and removes sip, sips, tel and callto, once per change', () => {
    const { registered, handlers } = setup();
    expect(handlers.apply(true)).toEqual([]);
    expect([...registered.keys()].sort()).toEqual(['callto', 'sip', 'sips', 'tel']);
    handlers.apply(false);
    expect(registered.size).toBe(0);
  });

  it('registers the executable with -- before the link, and removes with the same command', () => {
    const { registered, removed, handlers } = setup();
    handlers.apply(true);
    expect(protocolArgs).toEqual(['--']);
    for (const command of registered.values()) expect(command).toEqual({ path: exe, args: ['--'] });
    handlers.apply(false);
    expect(removed).toHaveLength(4);
    for (const command of removed) expect(command).toEqual({ path: exe, args: ['--'] });
  });

  it('the argv of that command still yields the link; a crafted link cannot become a switch before --', () => {
    const { registered, handlers } = setup();
    handlers.apply(true);
    const { path, args } = registered.get('tel')!;
    expect(findCallLinkInArgv(windowsArgv(path!, args!, 'tel:+4930123'))).toBe('tel:+4930123');
    const crafted = windowsArgv(path!, args!, 'sip:x" --gpu-launcher=calc.exe --no-sandbox');
    // Chromium stops reading switches at --: the smuggled one must come after it.
    expect(crafted.slice(0, crafted.indexOf('--gpu-launcher=calc.exe'))).toContain('--');
    expect(findCallLinkInArgv(crafted)).toBe('sip:x');
  });

  it('reports the schemes the OS refused', () => {
    const { handlers } = setup(true, new Set(['callto']));
    expect(handlers.apply(true)).toEqual(['callto']);
  });

  it('does nothing in development', () => {
    const { registered, handlers } = setup(false);
    handlers.apply(true);
    expect(registered.size).toBe(0);
  });
});
