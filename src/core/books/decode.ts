import { MESSAGES } from "../messages";
import { fail } from "../validate";

/** The character sets LPF art. A47 A-1 (XII, 1°) allows in practice: UTF-8 (with or without BOM) or ISO-8859-15. */
export type FecEncoding = "utf-8" | "iso-8859-15";

/** A streaming decoder of a FEC's bytes: feed it the file's pieces in order, then call `end`. */
export interface FecTextDecoder {
  /** The text of this piece (a character cut between two pieces comes out with the next one). */
  decode(chunk: Uint8Array): string;
  /** The text still held (a character cut at the very end is an error), once the last piece is in. */
  end(): string;
  /** The encoding found so far: "utf-8" until a byte says otherwise (plain ASCII reads the same in both). */
  readonly encoding: FecEncoding;
}

// ISO-8859-15 is ISO-8859-1 with eight code points replaced (€ Š š Ž ž Œ œ Ÿ). Written out rather than asked of
// TextDecoder, whose "latin1" is windows-1252 in the WHATWG Encoding standard and whose ISO-8859-15 needs ICU.
const LATIN9 = ((): Uint16Array => {
  const table = new Uint16Array(256);
  for (let b = 0; b < 256; b++) table[b] = b;
  const replaced: Array<[number, number]> = [[0xa4, 0x20ac], [0xa6, 0x160], [0xa8, 0x161], [0xb4, 0x17d], [0xb8, 0x17e], [0xbc, 0x152], [0xbd, 0x153], [0xbe, 0x178]];
  for (const [byte, code] of replaced) table[byte] = code;
  return table;
})();

const latin9 = (bytes: Uint8Array): string => {
  let text = "";
  const block = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += block.length) {
    const end = Math.min(start + block.length, bytes.length);
    for (let i = start; i < end; i++) block[i - start] = LATIN9[bytes[i]];
    text += String.fromCharCode.apply(null, Array.from(block.subarray(0, end - start)));
  }
  return text;
};

const firstNonAscii = (bytes: Uint8Array): number => {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return -1;
};

/**
 * A streaming decoder that finds the FEC's encoding itself: UTF-8 when the bytes are valid UTF-8, else
 * ISO-8859-15 (Latin-9, the character set LPF art. A47 A-1 names). The first byte above 0x7F decides: a
 * Latin-9 accent (é = 0xE9 followed by a letter) is never valid UTF-8, and a UTF-8 accent is read as UTF-8. A
 * UTF-8 BOM (EF BB BF) says UTF-8 and is dropped. Pure: it uses only TextDecoder (Node and every browser).
 *
 * @throws CoreError VALUE from `decode`/`end` when a file that began as UTF-8 later holds bytes that are not
 *   UTF-8 (one character set per file), or when a piece is not a Uint8Array
 * @example
 * const decoder = createFecTextDecoder();
 * const text = decoder.decode(bytes) + decoder.end(); decoder.encoding // => "iso-8859-15"
 */
export const createFecTextDecoder = (): FecTextDecoder => {
  let encoding: FecEncoding = "utf-8";
  let decided = false;
  // Bytes held while undecided: a non-ASCII sequence cut at the end of a piece, which the next piece completes
  // (UTF-8) or proves invalid (Latin-9).
  let pending = new Uint8Array(0);
  // fatal: an invalid byte throws, which is how Latin-9 is told from UTF-8; stream: a character cut between
  // two pieces is held until the next one.
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const readUtf8 = (chunk: Uint8Array, stream: boolean): string => {
    try {
      return utf8.decode(chunk, { stream });
    } catch {
      return fail("VALUE", MESSAGES.fecMixedEncoding(), "fec");
    }
  };
  const isValidUtf8 = (bytes: Uint8Array, stream: boolean): boolean => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream });
      return true;
    } catch {
      return false;
    }
  };
  return {
    get encoding() {
      return encoding;
    },
    decode(chunk: Uint8Array): string {
      if (!(chunk instanceof Uint8Array)) return fail("VALUE", MESSAGES.notBytes("chunk"), "chunk");
      if (encoding === "iso-8859-15") return latin9(chunk);
      if (decided) return readUtf8(chunk, true);
      let bytes = chunk;
      if (pending.length > 0) {
        bytes = new Uint8Array(pending.length + chunk.length);
        bytes.set(pending);
        bytes.set(chunk, pending.length);
        pending = new Uint8Array(0);
      }
      const first = firstNonAscii(bytes);
      if (first < 0) return readUtf8(bytes, true);
      // Every byte before `first` is ASCII, read the same in both encodings, so the whole file ends up in one.
      if (isValidUtf8(bytes, false)) {
        decided = true;
        return readUtf8(bytes, true);
      }
      if (!isValidUtf8(bytes, true)) {
        encoding = "iso-8859-15";
        decided = true;
        return readUtf8(bytes.subarray(0, first), true) + latin9(bytes.subarray(first));
      }
      // Valid so far but cut: the sequence may still be UTF-8; hold it and decide with the next piece.
      pending = bytes.slice(first);
      return readUtf8(bytes.subarray(0, first), true);
    },
    end(): string {
      if (encoding === "iso-8859-15") return "";
      if (pending.length > 0) {
        // A file that ends inside a UTF-8 sequence is not UTF-8: these were Latin-9 characters.
        encoding = "iso-8859-15";
        return latin9(pending);
      }
      return readUtf8(new Uint8Array(0), false);
    },
  };
};
