import { Icon } from '../../ui/icons';
import type { IconProps } from '../../ui/icons';

/** Fetching the configuration from the PBX. */
export function DownloadIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M12 3v12M7 10l5 5 5-5M4 17v3h16v-3" />
    </Icon>
  );
}
