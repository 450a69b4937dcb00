// A selected contact's details and the row that selects it, rendered to static HTML; the click,
// Enter and double-click behaviour is checked in tests/e2e/contacts.test.ts.
import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ContactDetails } from '../../../../../src/renderer/features/contacts/ContactDetails';
import { ContactRow } from '../../../../../src/renderer/features/contacts/ContactRow';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { contact } from './fixtures';

const none = () => undefined;

function render(element: ReactElement, language: 'en' | 'de' = 'en'): string {
  return renderToStaticMarkup(<I18nextProvider i18n={createI18n(language)}>{element}</I18nextProvider>);
}

const two = contact({
  phones: [
    { type: 'work', number: '1002' },
    { type: 'mobile', number: '0171 555' },
  ],
});

describe('ContactDetails', () => {
  it('offers a Call button per number, and edit and delete for a local contact', () => {
    const html = render(
      <ContactDetails contact={two} onCall={none} onEdit={none} onDelete={none} onClose={none} />,
    );
    expect(html).toContain('aria-label="Call Anna Müller at 1002"');
    expect(html).toContain('aria-label="Call Anna Müller at 0171 555"');
    expect(html).toContain('data-testid="contact-details-edit"');
    expect(html).toContain('data-testid="contact-details-delete"');
  });

  it('has no edit or delete for a read-only contact, and speaks German', () => {
    const html = render(
      <ContactDetails
        contact={{ ...two, editable: false }}
        onCall={none}
        onEdit={none}
        onDelete={none}
        onClose={none}
      />,
      'de',
    );
    expect(html).not.toContain('contact-details-edit');
    expect(html).toContain('Anna Müller unter 1002 anrufen');
    expect(html).toContain('Mobil');
  });
});

describe('ContactRow', () => {
  it('names the contact, not a call, and says how to call', () => {
    const html = render(
      <ContactRow
        contact={two}
        index={0}
        total={1}
        selected
        onSelect={none}
        onActivate={none}
        onEdit={none}
        onDelete={none}
        onKeyDown={none}
      />,
    );
    expect(html).toContain('aria-label="Anna Müller, Acme, Local, 1002, 0171 555"');
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('Enter or double click calls');
    expect(html).not.toContain('aria-label="Call');
  });
});
