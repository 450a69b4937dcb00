import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlfKeyView } from '../../../shared/contract';
import { contractErrorText } from '../../i18n/contract-error-text';
import { EmptyState } from '../../ui/EmptyState';
import { PhoneIcon } from '../../ui/icons';
import { blfDialRequest, blfKeyName } from './blf-dial';
import { blfKeyLabel, blfKeyTitle, blfLampText } from './blf-lamp';
import { useBlfKeys } from './use-blf-keys';

/**
 * The provisioned busy lamp (BLF) keys: label, target and lamp (a coloured dot plus its word, so the
 * state never rests on colour alone); a key calls its target. Main keeps the lamps (BlfLamps) and
 * re-sends the list with blf.changed when one changes.
 */
export function BlfList({ onDial }: { onDial: (target: string, accountId: string | undefined) => void }) {
  const { t } = useTranslation();
  const keys = useBlfKeys();
  const noteId = useId();
  if (keys.value === undefined) {
    return (
      <p className="muted blf__pending" data-testid="blf-pending">
        {keys.error !== undefined
          ? t('desktop.blf.loadFailed', { message: contractErrorText(t, keys.error) })
          : t('app.loading')}
      </p>
    );
  }
  if (keys.value.length === 0) {
    return (
      <EmptyState icon={<PhoneIcon />} title={t('desktop.blf.empty')} hint={t('desktop.blf.emptyHint')} />
    );
  }
  const dial = (key: BlfKeyView) => {
    const request = blfDialRequest(key);
    onDial(request.target, request.accountId);
  };
  return (
    <div className="blf">
      <p id={noteId} className="blf__note muted">
        {t('desktop.blf.note')}
      </p>
      <ul className="blf__list" aria-label={t('desktop.blf.listLabel')} data-testid="blf-list">
        {keys.value.map((key) => (
          <li key={key.id} className="blf__item">
            <button
              type="button"
              className="blf__key"
              data-testid={`blf-key-${key.id}`}
              data-lamp={key.lamp}
              aria-label={blfKeyLabel(t, key)}
              aria-describedby={noteId}
              title={blfKeyTitle(t, key)}
              onClick={() => dial(key)}
            >
              <PhoneIcon className="blf__icon" />
              <span className="blf__label">{blfKeyName(key)}</span>
              <span className="blf__target">{key.target}</span>
              <span className="blf__state" data-testid={`blf-lamp-${key.id}`}>
                <span className={`blf__lamp blf__lamp--${key.lamp}`} aria-hidden="true" />
                {blfLampText(t, key)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
