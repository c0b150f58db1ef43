/**
 * Files that came from the backend as base64 (exports, scans, PDFs) become a
 * Blob here: saved with a file name through <a download> (Electron asks where
 * to save; a browser puts it in Descargas) or shown through an object URL.
 */

/** base64 → Blob of the given type. */
export function base64ToBlob(dataBase64: string, mime: string): Blob {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime || 'application/octet-stream' });
}

/** Offers a Blob as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started; give slow machines time before freeing the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers base64 content (as the API returns files) as a download named `fileName`. */
export function saveFile(dataBase64: string, fileName: string, mime: string): void {
  saveBlob(base64ToBlob(dataBase64, mime), fileName);
}
