/** Reading local files in the renderer (drag and drop, file pickers) and showing their sizes. */

/** A file read into memory, ready for the API (scans, logos). */
export interface PickedFile {
  fileName: string;
  /** Type the browser guessed from the name; the backend checks the content. */
  mime: string;
  sizeBytes: number;
  dataBase64: string;
}

/** Reads a File as base64 (without the data: prefix). */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(`No se pudo leer el archivo «${file.name}».`));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

export async function pickFile(file: File): Promise<PickedFile> {
  return { fileName: file.name, mime: file.type, sizeBytes: file.size, dataBase64: await readFileAsBase64(file) };
}

/** 1536 → '1.5 KB'; sizes for people, not for accounting. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toLocaleString('es-MX', { maximumFractionDigits: v < 10 ? 1 : 0 })} ${units[i]}`;
}
