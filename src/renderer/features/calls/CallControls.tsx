import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../shared/contract';
import { isEstablished } from './call-selectors';
import { holdButtonText } from './call-text';
import { DialpadIcon, MicOffIcon, PauseIcon, PlayIcon, SignalIcon, SpeakerIcon } from './call-icons';
import type { CallActions } from './use-call-actions';

interface ControlProps {
  testId: string;
  icon: ReactNode;
  label: string;
  /** Not usable now; stays focusable (aria-disabled) so focus does not jump away mid-call. */
  unavailable: boolean;
  onPress: () => void;
  /** A toggle with a fixed label (Mute, Speaker): aria-pressed. */
  pressed?: boolean;
  /** Drawn as switched on without being a toggle (Hold, whose label says what it does next). */
  on?: boolean;
  busy?: boolean;
  expanded?: boolean;
  controls?: string;
}

function Control(props: ControlProps) {
  const { testId, icon, label, unavailable, onPress, pressed, on, busy, expanded, controls } = props;
  return (
    <button
      type="button"
      className={`call-control${(on ?? pressed ?? expanded) === true ? ' call-control--on' : ''}`}
      data-testid={testId}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-controls={expanded === true ? controls : undefined}
      aria-busy={busy}
      aria-disabled={unavailable}
      onClick={() => {
        if (!unavailable) onPress();
      }}
    >
      <span className="call-control__icon">{icon}</span>
      <span className="call-control__label">{label}</span>
    </button>
  );
}

interface CallControlsProps {
  call: CallView;
  actions: CallActions;
  keypadOpen: boolean;
  qualityOpen: boolean;
  keypadId: string;
  qualityId: string;
  onToggleKeypad: () => void;
  onToggleQuality: () => void;
}

/** The call menu: mute, hold, speaker, keypad and quality (the manual's order, without recording). */
export function CallControls(props: CallControlsProps) {
  const { call, actions, keypadOpen, qualityOpen } = props;
  const { t } = useTranslation();
  const established = isEstablished(call);
  const speakerOn = actions.speakerOn(call);
  const held = call.state === 'held';
  return (
    <div className="call-controls" role="group" aria-label={t('calls.controlsLabel')}>
      <Control
        testId="call-mute"
        icon={<MicOffIcon />}
        label={t('calls.mute')}
        pressed={call.muted}
        unavailable={!established}
        onPress={() => actions.setMuted(call, !call.muted)}
      />
      <Control
        testId="call-hold"
        icon={held && call.pending === undefined ? <PlayIcon /> : <PauseIcon />}
        label={holdButtonText(t, call)}
        // Lit only once main says the call is held; "Holding…" is not held yet.
        on={held}
        busy={call.pending !== undefined}
        unavailable={!established || call.pending !== undefined}
        onPress={() => actions.setHold(call, !held)}
      />
      <Control
        testId="call-speaker"
        icon={<SpeakerIcon />}
        label={t('calls.speaker')}
        pressed={speakerOn}
        unavailable={call.state === 'ended'}
        onPress={() => actions.setSpeaker(call, !speakerOn)}
      />
      <Control
        testId="call-keypad-toggle"
        icon={<DialpadIcon />}
        label={t('calls.keypad')}
        expanded={keypadOpen}
        controls={props.keypadId}
        unavailable={!established}
        onPress={props.onToggleKeypad}
      />
      <Control
        testId="call-quality"
        icon={<SignalIcon />}
        label={t('calls.quality')}
        expanded={qualityOpen}
        controls={props.qualityId}
        unavailable={!established}
        onPress={props.onToggleQuality}
      />
    </div>
  );
}
