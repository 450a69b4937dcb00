import { useTranslation } from 'react-i18next';
import { webShellToken } from '../../api/web-shell-url';
import { useAnnouncer } from '../../kit/announcer';
import { LinkIcon } from './desktop-icons';
import { protocolHandlerUrl } from './link-param';
import { IconButton } from '../../ui/IconButton';

const schemes = ['tel', 'sip'] as const;

/**
 * Web shell only (the Electron shell registers itself with the system): lets the browser open tel: and
 * sip: links with this page. Browsers may lack the API or refuse (an insecure origin, a policy), so it
 * is offered only where it exists and a refusal is reported, never thrown.
 */
export function ProtocolHandlerButton() {
  const { t } = useTranslation();
  const announcer = useAnnouncer();
  if (window.softphone !== undefined || typeof navigator.registerProtocolHandler !== 'function') return null;
  const register = () => {
    const url = protocolHandlerUrl(window.location.origin, webShellToken(window.location));
    try {
      for (const scheme of schemes) navigator.registerProtocolHandler(scheme, url);
      announcer.status(t('desktop.link.registerAsked'));
    } catch (reason) {
      const message = reason instanceof Error ? reason.message : String(reason);
      announcer.alert(t('desktop.link.registerFailed', { message }));
    }
  };
  return (
    <IconButton testId="register-link-handler" label={t('desktop.link.registerHandler')} onClick={register}>
      <LinkIcon />
    </IconButton>
  );
}
