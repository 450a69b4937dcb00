import type { RegistrationState } from '../../../shared/contract';
import { CheckIcon, CircleIcon, CrossIcon } from '../../ui/icons';

/** The manual's account state symbols: ✓ registered, ○ registering, ✗ not registered (or failed). */
export function AccountStateIcon({ state }: { state: RegistrationState }) {
  const className = `account-state account-state--${state}`;
  switch (state) {
    case 'registered':
      return <CheckIcon className={className} />;
    case 'registering':
      return <CircleIcon className={className} />;
    case 'unregistered':
    case 'failed':
      return <CrossIcon className={className} />;
  }
}
