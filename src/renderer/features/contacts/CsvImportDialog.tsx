import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rowErrorText } from './csv-row-error-text';
import type { CsvImportResultView, CsvPreviewView } from '../../../shared/contract';
import { csvEncodingNames, csvFieldNames, csvSeparatorNames } from '../../../shared/contract';
import { useApi } from '../../kit/api-context';
import { useAnnouncer } from '../../kit/announcer';
import { contractErrorText } from '../../i18n/contract-error-text';
import { readFileAsBase64 } from './base64';
import type { CsvMapping } from './csv-mapping';
import { mappingAfterPreview, mappingProblem, withColumn } from './csv-mapping';
import { csvCheckedText, csvReportText } from './csv-report-text';
import { LatestOnly } from './latest-only';
import { useModalDialog } from './use-modal-dialog';

type Encoding = CsvPreviewView['encoding'];
type Separator = CsvPreviewView['separator'];

/** Encoding names are the same in every language. */
const encodingNames: Record<Encoding, string> = {
  utf8: 'UTF-8',
  utf16le: 'UTF-16 LE',
  utf16be: 'UTF-16 BE',
  windows1252: 'Windows-1252',
  iso88591: 'ISO-8859-1',
};

const separatorKeys = { ';': 'semicolon', ',': 'comma', '\t': 'tab', '|': 'pipe' } as const satisfies Record<
  Separator,
  string
>;

interface CsvImportDialogProps {
  onClose: () => void;
}

/**
 * Import contacts from a CSV file: main decodes and parses it; here the user picks the encoding and
 * separator (each change previews again), maps columns, checks (dry run) and imports.
 */
export function CsvImportDialog({ onClose }: CsvImportDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const announcer = useAnnouncer();
  const idBase = useId();
  const { dialog, initialFocus } = useModalDialog<HTMLInputElement>();
  const [data, setData] = useState<string | undefined>(undefined);
  const [preview, setPreview] = useState<CsvPreviewView | undefined>(undefined);
  const [mapping, setMapping] = useState<CsvMapping>([]);
  const [check, setCheck] = useState<CsvImportResultView | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | undefined>(undefined);
  const previews = useRef(new LatestOnly());

  const fail = (reason: unknown) => {
    const text = contractErrorText(t, reason);
    setError(text);
    announcer.alert(text);
  };

  const runPreview = async (bytes: string, encoding?: Encoding, separator?: Separator) => {
    const isCurrent = previews.current.next();
    setBusy(true);
    try {
      const params = { data: bytes, ...(encoding && { encoding }), ...(separator && { separator }) };
      const next = await api.request('contacts.csvPreview', params);
      if (!isCurrent()) return;
      setMapping((previous) =>
        mappingAfterPreview(
          next,
          preview === undefined ? undefined : { headers: preview.headers, mapping: previous },
        ),
      );
      setPreview(next);
      setCheck(undefined);
      setError(undefined);
    } catch (reason) {
      if (isCurrent()) fail(reason);
    } finally {
      if (isCurrent()) setBusy(false);
    }
  };

  const chooseFile = async (file: File | undefined) => {
    setPreview(undefined);
    setCheck(undefined);
    setDone(undefined);
    setData(undefined);
    if (file === undefined) return;
    try {
      const bytes = await readFileAsBase64(file);
      setData(bytes);
      await runPreview(bytes);
    } catch (reason) {
      fail(reason);
    }
  };

  const runImport = async (dryRun: boolean) => {
    if (data === undefined || preview === undefined) return;
    setBusy(true);
    try {
      const result = await api.request('contacts.csvImport', {
        data,
        encoding: preview.encoding,
        separator: preview.separator,
        mapping: [...mapping],
        dryRun,
      });
      setError(undefined);
      setCheck(result);
      if (dryRun) {
        announcer.status(csvCheckedText(t, result));
      } else {
        setDone(result.imported);
        announcer.status(t('contacts.csv.imported', { count: result.imported }));
      }
    } catch (reason) {
      fail(reason);
    } finally {
      setBusy(false);
    }
  };

  const problem = preview === undefined ? undefined : mappingProblem(mapping);
  const importCount = check?.validCount;
  const id = (name: string) => `${idBase}-${name}`;

  return (
    <dialog
      ref={dialog}
      className="dialog csv-dialog"
      aria-labelledby={id('title')}
      data-testid="csv-import"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={id('title')} className="dialog__title">
        {t('contacts.csv.title')}
      </h2>
      <div className="csv-dialog__file">
        <label htmlFor={id('file')} className="field-row__label">
          {t('contacts.csv.file')}
        </label>
        <input
          ref={initialFocus}
          id={id('file')}
          type="file"
          accept=".csv,text/csv"
          data-testid="csv-file"
          onChange={(event) => void chooseFile(event.target.files?.[0])}
        />
      </div>
      {error !== undefined && (
        <p className="form-error" role="alert" data-testid="csv-error">
          {error}
        </p>
      )}
      {preview !== undefined && data !== undefined && (
        <>
          <div className="csv-dialog__options">
            <label className="csv-dialog__option">
              <span className="field-row__label">{t('contacts.csv.encoding')}</span>
              <select
                className="select"
                data-testid="csv-encoding"
                value={preview.encoding}
                disabled={busy}
                onChange={(event) => void runPreview(data, event.target.value as Encoding, preview.separator)}
              >
                {csvEncodingNames.map((name) => (
                  <option key={name} value={name}>
                    {encodingNames[name]}
                  </option>
                ))}
              </select>
            </label>
            <label className="csv-dialog__option">
              <span className="field-row__label">{t('contacts.csv.separator')}</span>
              <select
                className="select"
                data-testid="csv-separator"
                value={preview.separator}
                disabled={busy}
                onChange={(event) => void runPreview(data, preview.encoding, event.target.value as Separator)}
              >
                {csvSeparatorNames.map((name) => (
                  <option key={name} value={name}>
                    {t(`contacts.csv.separators.${separatorKeys[name]}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="muted csv-dialog__rows" data-testid="csv-row-count">
            {t('contacts.csv.rowCount', { count: preview.rowCount })}
          </p>
          <div
            className="csv-dialog__table-wrap"
            tabIndex={0}
            role="region"
            aria-label={t('contacts.csv.previewLabel')}
          >
            <table className="csv-dialog__table" data-testid="csv-preview">
              <thead>
                <tr>
                  {preview.headers.map((header, column) => (
                    <th key={column} scope="col">
                      <span className="csv-dialog__header">{header}</span>
                      <select
                        className="select csv-dialog__mapping"
                        data-testid={`csv-mapping-${column}`}
                        aria-label={t('contacts.csv.mappingLabel', { column: header || String(column + 1) })}
                        value={mapping[column] ?? ''}
                        onChange={(event) => {
                          setMapping(withColumn(mapping, column, event.target.value));
                          setCheck(undefined);
                        }}
                      >
                        <option value="">{t('contacts.csv.ignore')}</option>
                        {csvFieldNames.map((field) => (
                          <option key={field} value={field}>
                            {t(`contacts.csv.fields.${field.replace(':', '_') as CsvFieldKey}`)}
                          </option>
                        ))}
                      </select>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, 10).map((row, index) => (
                  <tr key={index}>
                    {preview.headers.map((_, column) => (
                      <td key={column}>{row[column] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {problem !== undefined && (
            <p className="field-row__error" data-testid="csv-mapping-problem">
              {t(`contacts.csv.problem.${problem}`)}
            </p>
          )}
          {check !== undefined && (
            <div className="csv-dialog__report" data-testid="csv-report" aria-live="polite">
              <p>
                {done !== undefined ? t('contacts.csv.imported', { count: done }) : csvReportText(t, check)}
              </p>
              {check.errors.length > 0 && (
                <ul className="csv-dialog__errors" data-testid="csv-row-errors">
                  {check.errors.slice(0, 100).map((rowError, index) => (
                    <li key={index}>{rowErrorText(t, rowError)}</li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" data-testid="csv-close" onClick={onClose}>
          {done === undefined ? t('contacts.csv.cancel') : t('contacts.csv.close')}
        </button>
        {done === undefined && (
          <>
            <button
              type="button"
              className="button"
              data-testid="csv-check"
              disabled={preview === undefined || problem !== undefined || busy}
              onClick={() => void runImport(true)}
            >
              {t('contacts.csv.check')}
            </button>
            <button
              type="button"
              className="button button--primary"
              data-testid="csv-run"
              disabled={importCount === undefined || importCount === 0 || problem !== undefined || busy}
              onClick={() => void runImport(false)}
            >
              {t('contacts.csv.run', { count: importCount ?? 0 })}
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}

type CsvFieldKey =
  | 'firstName'
  | 'lastName'
  | 'displayName'
  | 'company'
  | 'department'
  | 'email'
  | 'phone_work'
  | 'phone_mobile'
  | 'phone_home'
  | 'phone_fax'
  | 'phone_other'
  | 'phoneType';
