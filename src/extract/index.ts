// Extraction front door: one file in, its hash and a RawExtraction (or a coded error) out.
// The kind is decided from the bytes (sniff.ts), never from the extension alone.

import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { RawExtraction } from '../document/types.js';
import { fail, type Result } from '../errors.js';
import { extractDocx } from './docx.js';
import { extractPdf } from './pdf.js';
import { sniff } from './sniff.js';
import { extractText } from './text.js';

export interface ExtractOptions {
  /** Files larger than this are refused without being read (default 50 MiB). */
  maxBytes?: number;
  /** Per-PDF time limit in ms (default 60 s). */
  pdfTimeoutMs?: number;
}

export interface FileExtraction {
  file: string;
  /** SHA-256 (hex) of the file's bytes; "" when they could not be read. */
  sha256: string;
  bytes: number;
  result: Result<RawExtraction>;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Extract from bytes already in memory (no file system access). `file` is only used in messages. */
export async function extractBytes(bytes: Uint8Array, file: string, opts: ExtractOptions = {}): Promise<Result<RawExtraction>> {
  const kind = sniff(bytes, file);
  try {
    switch (kind.kind) {
      case 'rejected':
        return fail(kind.code, `${file}: ${kind.reason}`);
      case 'txt':
        return extractText(bytes, file, kind.encoding);
      case 'pdf':
        return await extractPdf(bytes, file, opts.pdfTimeoutMs === undefined ? {} : { timeoutMs: opts.pdfTimeoutMs });
      case 'docx':
        return await extractDocx(bytes, file);
    }
  } catch (error) {
    // Extractors return errors as values; this is the last net for a bug or a library surprise.
    const detail = error instanceof Error ? error.message : String(error);
    return fail('E_CORRUPT', `${file}: could not be read (${detail.slice(0, 160)})`);
  }
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

function unreadable(file: string, error: unknown): FileExtraction {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' ? 'file not found'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EISDIR' ? 'is a directory, not a file'
    : `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  return { file, sha256: '', bytes: 0, result: fail('E_UNREADABLE', `${file}: ${reason}`) };
}

/** Read one file and extract its text. Never throws. */
export async function extractFile(path: string, opts: ExtractOptions = {}): Promise<FileExtraction> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return unreadable(path, Object.assign(new Error('directory'), { code: 'EISDIR' }));
    if (!info.isFile()) return { file: path, sha256: '', bytes: info.size, result: fail('E_UNREADABLE', `${path}: not a regular file`) };
    size = info.size;
  } catch (error) {
    return unreadable(path, error);
  }
  if (size > maxBytes) {
    return { file: path, sha256: '', bytes: size, result: fail('E_TOO_LARGE', `${path}: ${formatSize(size)} is over the ${formatSize(maxBytes)} limit`) };
  }

  let bytes: Uint8Array;
  try {
    // Read at most one byte more than stat reported, through one handle: the file may grow meanwhile.
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
      let read = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
        if (bytesRead === 0) break;
        read += bytesRead;
        if (read === buffer.length) break;
      }
      if (read > maxBytes) {
        return { file: path, sha256: '', bytes: read, result: fail('E_TOO_LARGE', `${path}: grew past the size limit while being read`) };
      }
      if (read > size) {
        return { file: path, sha256: '', bytes: read, result: fail('E_UNREADABLE', `${path}: changed while being read; try again`) };
      }
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, read);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadable(path, error);
  }

  const sha256 = sha256Hex(bytes);
  const result = await extractBytes(bytes, path, opts);
  return { file: path, sha256, bytes: bytes.length, result };
}
