// Settings that have no effect yet, as the settings screen renders them (static HTML, no DOM needed).
import { I18nextProvider } from 'react-i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SettingFieldView } from '../../../../../src/renderer/features/settings/SettingFieldView';
import type { SettingActions } from '../../../../../src/renderer/features/settings/use-setting-actions';
import { createI18n } from '../../../../../src/renderer/i18n/i18n';
import { findGlobalField, globalDefaults } from '../../../../../src/shared/settings/registry';

const actions: SettingActions = {
  errors: new Map(),
  savedKey: undefined,
  commit: () => Promise.resolve(true),
  saveSecret: () => Promise.resolve(true),
  clearSecret: () => Promise.resolve(true),
};

function renderField(key: string, language: 'en' | 'de', saving: SettingActions = actions): string {
  const entry = findGlobalField(key)!;
  return renderToStaticMarkup(
    <I18nextProvider i18n={createI18n(language)}>
      <SettingFieldView
        entry={entry}
        snapshot={{ values: globalDefaults() as never, locked: [], secretsSet: [] }}
        actions={saving}
      />
    </I18nextProvider>,
  );
}

/** The opening tag of the control with this data-testid. */
function control(html: string, testId: string): string {
  const start = html.indexOf(`data-testid="${testId}"`);
  return html.slice(html.lastIndexOf('<', start), html.indexOf('>', start) + 1);
}

describe('a setting that has no effect yet', () => {
  it('is shown disabled with "Not available yet", in German too', () => {
    const en = renderField('gui.appearance.hideAvatars', 'en');
    expect(control(en, 'setting-gui.appearance.hideAvatars')).toMatch(/disabled=""/);
    expect(en).toContain('Not available yet.');
    expect(renderField('gui.appearance.hideAvatars', 'de')).toContain('Noch nicht verfügbar.');
  });

  it('leaves an implemented setting enabled, without the note', () => {
    const html = renderField('gui.appearance.compactMode', 'en');
    expect(control(html, 'setting-gui.appearance.compactMode')).not.toMatch(/disabled=""/);
    expect(html).not.toContain('Not available yet.');
  });
});

describe('a setting just saved', () => {
  it('shows a visible "Saved" on that field only, in German too', () => {
    const saved = { ...actions, savedKey: 'gui.appearance.compactMode' };
    expect(renderField('gui.appearance.compactMode', 'en', saved)).toContain('>Saved<');
    expect(renderField('gui.appearance.compactMode', 'de', saved)).toContain('>Gespeichert<');
    expect(renderField('gui.appearance.theme', 'en', saved)).not.toContain('>Saved<');
  });
});
