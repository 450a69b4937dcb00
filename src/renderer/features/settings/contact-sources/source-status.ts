import type { TFunction } from 'i18next';
import type { ContactSourceView } from '../../../../shared/contract';
import { userTextOr } from '../../../i18n/user-text';

/** The status line: state in words, the source's message (translated when main sent a code), and its contacts. */
export function sourceStatusText(t: TFunction, source: Pick<ContactSourceView, 'status'>): string {
  const { state, text, contactCount } = source.status;
  const message = userTextOr(t, text, source.status.message);
  const parts = [t(`contacts.sources.state.${state}`)];
  if (message !== undefined && message.trim() !== '') parts.push(message.trim());
  if (contactCount !== undefined) parts.push(t('contacts.count', { count: contactCount }));
  return parts.join(' · ');
}

/** LDAP is searched live: its button tests the connection; the others read the source again. */
export function refreshLabelKey(
  kind: ContactSourceView['kind'],
): 'contacts.sources.test' | 'contacts.sources.refresh' {
  return kind === 'ldap' ? 'contacts.sources.test' : 'contacts.sources.refresh';
}
