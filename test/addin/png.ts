import * as fs from "fs";

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
export function pngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  const signature = "89504e470d0a1a0a";
  if (header.toString("hex", 0, 8) !== signature || header.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}
