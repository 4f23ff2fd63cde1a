import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// The PDF needs the TTF files themselves. Liberation Serif has Times New Roman's metrics, so the PDF
// breaks lines where Word does; a bare machine without it still gets every Vietnamese letter from the
// Roboto that pdfmake bundles.

export const liberationDir = '/usr/share/fonts/truetype/liberation2';

export interface PdfFontFamily {
  /** Which family was found, for logs and tests. */
  family: 'Liberation Serif' | 'Roboto';
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

function liberation(dir: string): PdfFontFamily | null {
  const file = (style: string) => join(dir, `LiberationSerif-${style}.ttf`);
  const family: PdfFontFamily = {
    family: 'Liberation Serif',
    normal: file('Regular'),
    bold: file('Bold'),
    italics: file('Italic'),
    bolditalics: file('BoldItalic'),
  };
  return [family.normal, family.bold, family.italics, family.bolditalics].every((f) =>
    existsSync(f),
  )
    ? family
    : null;
}

function roboto(): PdfFontFamily {
  const dir = join(
    dirname(createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto.js')),
    'Roboto',
  );
  return {
    family: 'Roboto',
    normal: join(dir, 'Roboto-Regular.ttf'),
    bold: join(dir, 'Roboto-Medium.ttf'),
    italics: join(dir, 'Roboto-Italic.ttf'),
    bolditalics: join(dir, 'Roboto-MediumItalic.ttf'),
  };
}

/** Liberation Serif from `dir` when all four styles are there, else pdfmake's Roboto. */
export const pdfFontFamily = (dir: string = liberationDir): PdfFontFamily =>
  liberation(dir) ?? roboto();
