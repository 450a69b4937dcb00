import { useEffect, useState } from 'react';
import { useApi } from '../../kit/api-context';

/** A number that goes up whenever main says contacts changed (added, edited, imported, refreshed). */
export function useContactsRevision(): number {
  const api = useApi();
  const [revision, setRevision] = useState(0);
  useEffect(() => api.on('contacts.changed', () => setRevision((n) => n + 1)), [api]);
  return revision;
}
