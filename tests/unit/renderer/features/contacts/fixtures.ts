import type { ContactView } from '../../../../../src/shared/contract';

export function contact(overrides: Partial<ContactView> = {}): ContactView {
  return {
    id: 'c1',
    sourceId: 'local',
    sourceName: 'Local',
    sourceKind: 'local',
    editable: true,
    firstName: 'Anna',
    lastName: 'Müller',
    displayName: 'Anna Müller',
    company: 'Acme',
    department: '',
    email: '',
    phones: [{ type: 'work', number: '+49 30 1234' }],
    ...overrides,
  };
}
