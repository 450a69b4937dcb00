import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { getRendererApi } from './api/renderer-api';
import { AnnouncerProvider } from './kit/announcer';
import { ApiProvider } from './kit/api-context';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';
import { resolveLanguage } from './i18n/language';
import { startMediaEngine } from './media/media-engine';
import './theme/themes.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/main-window.css';
import './styles/settings.css';
import './styles/account-editor.css';
import './styles/provisioning.css';

const rendererApi = getRendererApi();
// The media engine lives as long as the window: calls keep their audio while React re-renders.
startMediaEngine(rendererApi.api);

// Until the settings arrive, the UI follows the system language; the language setting then takes over.
const i18n = createI18n(resolveLanguage('system', navigator.language));
document.documentElement.lang = i18n.language;

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApiProvider value={rendererApi}>
        <AnnouncerProvider>
          <App />
        </AnnouncerProvider>
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
