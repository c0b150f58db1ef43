/**
 * The part of pdfmake 0.3's Node API that the app uses (the package ships no
 * types). Checked against node_modules/pdfmake/src/{base,index}.js and
 * OutputDocument.js: `require('pdfmake')` is a singleton instance.
 */
declare module 'pdfmake' {
  export interface PdfmakeVirtualFs {
    existsSync(filename: string): boolean;
    writeFileSync(filename: string, content: Buffer): void;
  }

  export interface PdfmakeOutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  export interface PdfmakeFontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  export interface Pdfmake {
    readonly virtualfs: PdfmakeVirtualFs;
    addFonts(fonts: Record<string, PdfmakeFontFamily>): void;
    /** Every remote URL (fonts, images) is passed here; anything but `true` is refused. */
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    /** Every local path not found in the virtual fs is passed here; anything but `true` is refused. */
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    /** The definition is consumed (pdfmake mutates it): build a fresh one per call. */
    createPdf(docDefinition: object): PdfmakeOutputDocument;
  }

  const pdfmake: Pdfmake;
  export default pdfmake;
}
