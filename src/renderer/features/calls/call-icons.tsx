import type { IconProps } from '../../ui/icons';
import { Icon } from '../../ui/icons';

// Line icons for calls and the call history, drawn with ui/icons.tsx's Icon (decorative; the control
// holding one carries the accessible name).

const handset =
  'M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8.1 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z';

export function HangUpIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path
        d="M3.7 14.8l-1.3-1.3a1.8 1.8 0 0 1 0-2.6 13.5 13.5 0 0 1 19.2 0 1.8 1.8 0 0 1 0 2.6l-1.3 1.3a1.8 1.8 0 0 1-2.3.2l-2-1.4a1.8 1.8 0 0 1-.8-1.5v-1.6a10 10 0 0 0-6.4 0v1.6a1.8 1.8 0 0 1-.8 1.5l-2 1.4a1.8 1.8 0 0 1-2.3-.2z"
        fill="currentColor"
        stroke="none"
      />
    </Icon>
  );
}

export function PauseIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M9 5v14M15 5v14" />
    </Icon>
  );
}

export function PlayIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M7 4.5v15l12-7.5z" />
    </Icon>
  );
}

export function MicOffIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M15 9.3V5a3 3 0 0 0-5.7-1.3M9 9v3a3 3 0 0 0 4.9 2.3M19 11a7 7 0 0 1-1.2 3.9M5 11a7 7 0 0 0 11.3 5.5M12 18v3M3 3l18 18" />
    </Icon>
  );
}

export function SpeakerIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M11 5L6 9H3v6h3l5 4z" />
      <path d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" />
    </Icon>
  );
}

export function DialpadIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path
        d="M6 4h.01M12 4h.01M18 4h.01M6 10h.01M12 10h.01M18 10h.01M6 16h.01M12 16h.01M18 16h.01M12 21h.01"
        strokeWidth="3.2"
      />
    </Icon>
  );
}

export function SignalIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M4 20v-3M9 20v-7M14 20V9M19 20V4" />
    </Icon>
  );
}

export function BellOffIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M13.7 21a2 2 0 0 1-3.4 0M18.6 13A17.9 17.9 0 0 1 18 8M6.3 6.3A6 6 0 0 0 6 8c0 7-3 9-3 9h14M18 8a6 6 0 0 0-9.3-5M3 3l18 18" />
    </Icon>
  );
}

export function PhoneIncomingIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d={handset} />
      <path d="M21 3l-6 6M15 4v5h5" />
    </Icon>
  );
}

export function PhoneOutgoingIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d={handset} />
      <path d="M15 9l6-6M16 3h5v5" />
    </Icon>
  );
}

export function PhoneMissedIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d={handset} />
      <path d="M15 3l6 6M21 3l-6 6" />
    </Icon>
  );
}

export function SwitchIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M7 4L3 8l4 4M3 8h14M17 20l4-4-4-4M21 16H7" />
    </Icon>
  );
}

export function WindowIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="3" y="4" width="18" height="16" rx="2" />
      <path d="M3 9h18" />
    </Icon>
  );
}

export function LoginIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M15 3h4a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-4M10 17l5-5-5-5M15 12H3" />
    </Icon>
  );
}

export function LogoutIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" />
    </Icon>
  );
}
