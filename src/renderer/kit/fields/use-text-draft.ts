import { useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent } from 'react';

interface TextDraft {
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * Typing edits a local draft; Enter or leaving the field commits it. A refused draft stays while the
 * user is still in the field (to fix it) and falls back to the last good value when they leave.
 * Escape drops the draft; only an Escape with no draft is left to close the screen.
 */
export function useTextDraft(committed: string, commit: (text: string) => Promise<boolean>): TextDraft {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const refused = useRef<string | undefined>(undefined);

  const finish = async (leaving: boolean): Promise<void> => {
    if (draft === undefined || draft === committed) {
      refused.current = undefined;
      setDraft(undefined);
      return;
    }
    if (draft !== refused.current) {
      if (await commit(draft)) {
        refused.current = undefined;
        setDraft(undefined);
        return;
      }
      refused.current = draft;
    }
    if (leaving) {
      refused.current = undefined;
      setDraft(undefined);
    }
  };

  return {
    value: draft ?? committed,
    onChange: (event) => setDraft(event.target.value),
    onBlur: () => void finish(true),
    onKeyDown: (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        void finish(false);
      } else if (event.key === 'Escape' && draft !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        setDraft(undefined);
      }
    },
  };
}
