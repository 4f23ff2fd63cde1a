import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

// Test helpers for rendered documents: the parts of a DOCX, and the text and size of a PDF through
// poppler and LibreOffice when those programs are installed (tests skip cleanly when they are not).

/** Whether a program is on PATH. */
export const hasProgram = (name: string): boolean =>
  spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;

/** The XML parts of a DOCX (a zip) by path. */
export async function docxParts(docx: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out: Record<string, string> = {};
  for (const [path, file] of Object.entries(zip.files))
    if (!file.dir && /\.(xml|rels)$/.test(path)) out[path] = await file.async('string');
  return out;
}

/** The document's visible text, runs joined per paragraph, paragraphs by newlines. */
export const docxText = (documentXml: string): string =>
  documentXml
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>'),
    )
    .filter(Boolean)
    .join('\n');

function withTemp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-doc-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of each page of a PDF (pdftotext, pages split at form feeds). */
export const pdfPages = (pdf: Buffer): string[] =>
  withTemp((dir) => {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], {
      encoding: 'utf8',
    });
    return text.split('\f').slice(0, -1);
  });

/** Page count and size in points of a PDF (pdfinfo). */
export const pdfInfo = (
  pdf: Buffer,
): { pages: number; width: number; height: number; fonts: string } =>
  withTemp((dir) => {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    const fonts = hasProgram('pdffonts')
      ? execFileSync('pdffonts', [file], { encoding: 'utf8' })
      : '';
    return {
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
      width: Number(size?.[1] ?? 0),
      height: Number(size?.[2] ?? 0),
      fonts,
    };
  });

/** The LibreOffice program, or null when it is not installed. */
export const soffice = (): string | null =>
  hasProgram('soffice') ? 'soffice' : hasProgram('libreoffice') ? 'libreoffice' : null;

/** Converts a DOCX to PDF with LibreOffice in a fresh profile (a shared one locks across runs). */
export const docxToPdf = (program: string, docx: Buffer): Buffer =>
  withTemp((dir) => {
    const file = join(dir, 'doc.docx');
    writeFileSync(file, docx);
    execFileSync(
      program,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'doc.pdf'));
  });
