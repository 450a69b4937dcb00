import { useTranslation } from 'react-i18next';
import { ExpandIcon, ShrinkIcon } from '../desktop';

/** The status bar's way into compact mode and back to the full window (the manual's "<"). */
export function CompactToggle({ compact, onChange }: { compact: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  const label = compact ? t('desktop.compact.leave') : t('desktop.compact.enter');
  return (
    <button
      type="button"
      className="icon-button"
      data-testid={compact ? 'compact-leave' : 'compact-enter'}
      aria-label={label}
      aria-pressed={compact}
      title={label}
      onClick={() => onChange(!compact)}
    >
      {compact ? <ExpandIcon /> : <ShrinkIcon />}
    </button>
  );
}
