/**
 * Reads a FEC file in pieces: each piece of bytes is decoded (UTF-8 or ISO-8859-15, core's createFecTextDecoder)
 * and handed to the core's FEC reader, so that a file of any size is never held whole as text. Used by the FEC
 * worker; a Blob (File) is read through `slice`, one piece at a time, reporting progress after each.
 */
import { createFecReader, createFecTextDecoder, type FecBooks } from "../../../core";

/** Bytes read per piece: large enough to keep messages few, small enough for a smooth progress bar. */
export const PIECE_BYTES = 4 * 1024 * 1024;

/** What the importer needs of a File: its size and its pieces (Blob.slice, Blob.arrayBuffer). */
export interface ByteSource {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** Reads the whole source into books; `onProgress(bytesRead, size)` after each piece. */
export const readFecInPieces = async (source: ByteSource, onProgress: (read: number, size: number) => void, pieceBytes = PIECE_BYTES): Promise<FecBooks> => {
  const decoder = createFecTextDecoder();
  const reader = createFecReader();
  for (let start = 0; start < source.size; start += pieceBytes) {
    const end = Math.min(source.size, start + pieceBytes);
    const bytes = new Uint8Array(await source.slice(start, end).arrayBuffer());
    reader.push(decoder.decode(bytes));
    onProgress(end, source.size);
  }
  reader.push(decoder.end());
  return reader.end();
};
