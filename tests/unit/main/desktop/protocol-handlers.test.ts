import { describe, expect, it } from 'vitest';
import { ProtocolHandlers } from '../../../../src/main/desktop/protocol-handlers';

function setup(isPackaged = true, refuse = new Set<string>()) {
  const registered = new Set<string>();
  const handlers = new ProtocolHandlers(
    {
      setAsDefaultProtocolClient: (p) => {
        if (refuse.has(p)) return false;
        registered.add(p);
        return true;
      },
      removeAsDefaultProtocolClient: (p) => registered.delete(p),
    },
    isPackaged,
  );
  return { registered, handlers };
}

describe('ProtocolHandlers', () => {
  it('registers and removes sip, sips, tel and callto, once per change', () => {
    const { registered, handlers } = setup();
    expect(handlers.apply(true)).toEqual([]);
    expect([...registered].sort()).toEqual(['callto', 'sip', 'sips', 'tel']);
    handlers.apply(false);
    expect(registered.size).toBe(0);
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
