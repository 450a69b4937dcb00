/**
 * CSV bytes to text. The manual lets the user pick the encoding ("usually UTF-8"); detectEncoding gives
 * the default they see: a BOM decides, else valid UTF-8 is UTF-8, else Windows-1252 (what Excel and
 * Outlook on German/Western Windows write as "CSV"). Windows-1252 decodes any byte, so it is never
 * refused; binary data is caught separately by looking for NULs and control characters.
 */
import iconv from 'iconv-lite';
import { CsvImportError } from './csv-import-error';

export const csvEncodings = ['utf8', 'utf16le', 'utf16be', 'windows1252', 'iso88591'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];

export interface CsvDecodeOptions {
  /** Refuse larger files before decoding anything. Default 20 MB. */
  maxBytes?: number;
}

export const defaultMaxBytes = 20 * 1024 * 1024;

const iconvNames: Record<CsvEncoding, string> = {
  utf8: 'utf8',
  utf16le: 'utf16le',
  utf16be: 'utf16be',
  windows1252: 'windows1252',
  iso88591: 'iso88591',
};

/** The user's default: by BOM, else by UTF-8 validity, else Windows-1252. */
export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  const bom = encodingFromBom(bytes);
  if (bom) return bom;
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return bomless16;
  return isValidUtf8(bytes) ? 'utf8' : 'windows1252';
}

/**
 * Decodes the file in the given encoding (default: detected), dropping a BOM. Throws CsvImportError
 * for a file over the limit, bytes that are not valid UTF-8 when UTF-8 was chosen, and binary data.
 */
export function decodeCsv(bytes: Uint8Array, encoding?: CsvEncoding, options: CsvDecodeOptions = {}): string {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  if (bytes.length > maxBytes) {
    throw new CsvImportError('TOO_LARGE', 'csv.fileTooLarge', {
      size: megabytes(bytes.length),
      max: megabytes(maxBytes),
    });
  }
  refuseKnownBinaryFormats(bytes);
  const chosen = encoding ?? detectEncoding(bytes);
  if (chosen === 'utf8' && !isValidUtf8(stripUtf8Bom(bytes))) {
    throw new CsvImportError('INVALID_ENCODING', 'csv.notUtf8');
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), iconvNames[chosen], {
    stripBOM: true,
  });
  refuseBinaryText(text);
  return text;
}

function encodingFromBom(bytes: Uint8Array): CsvEncoding | undefined {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf8';
  if (b0 === 0xff && b1 === 0xfe) return 'utf16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf16be';
  return undefined;
}

/**
 * UTF-16 without a BOM (rare, but some tools write it): ASCII text then has a NUL in every other byte.
 * Only a strong pattern counts, so binary data is not mistaken for text.
 */
function guessBomlessUtf16(bytes: Uint8Array): CsvEncoding | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = sample / 2;
  if (oddNuls > pairs * 0.9 && evenNuls === 0) return 'utf16le';
  if (evenNuls > pairs * 0.9 && oddNuls === 0) return 'utf16be';
  return undefined;
}

function stripUtf8Bom(bytes: Uint8Array): Uint8Array {
  return encodingFromBom(bytes) === 'utf8' ? bytes.subarray(3) : bytes;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Workbooks are the usual wrong file; say so instead of showing garbage. */
function refuseKnownBinaryFormats(bytes: Uint8Array): void {
  const startsWith = (...magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new CsvImportError('NOT_TEXT', 'csv.workbook');
  }
}

/** Text has no NULs and few control characters; anything else is not a CSV file. */
function refuseBinaryText(text: string): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  const controls = sample.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (sample.includes('\u0000') || controls > Math.max(2, sample.length * 0.01)) {
    throw new CsvImportError('NOT_TEXT', 'csv.notText');
  }
}

/** Megabytes, which the catalogue shows with one decimal in the UI language's number format. */
function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}
