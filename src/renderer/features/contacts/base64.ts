/** The base64 part of a data: URL ("data:text/csv;base64,AAAA" → "AAAA"). */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0 || !dataUrl.slice(0, comma).endsWith(';base64')) {
    throw new Error('The file could not be read as base64 data.');
  }
  return dataUrl.slice(comma + 1);
}

/** Reads a chosen file as base64, without the data: prefix (main decodes and parses it). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.onload = () => {
      try {
        resolve(typeof reader.result === 'string' ? base64OfDataUrl(reader.result) : '');
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    reader.readAsDataURL(file);
  });
}
