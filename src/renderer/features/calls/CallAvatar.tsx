import { PhoneIcon } from '../../ui/icons';
import { initialsOf } from './call-text';

/** The caller's initials, or a handset for a bare number (the manual's "destination avatar"). */
export function CallAvatar({ name, size = 'large' }: { name: string; size?: 'large' | 'small' }) {
  const initials = initialsOf(name);
  return (
    <span className={`call-avatar call-avatar--${size}`} aria-hidden="true">
      {initials === '' ? <PhoneIcon /> : initials}
    </span>
  );
}
