/**
 * A reader for NumPy .npy files (format versions 1.0–3.0), enough for float64 arrays in C order:
 * the authors' validation data are (4096, 1) and (4096, 7) float64 arrays.
 */
import { readFileSync } from "node:fs";

export interface NpyArray {
  shape: number[];
  data: Float64Array;
}

export class NpyError extends Error {
  constructor(file: string, what: string) {
    super(`${file}: not a readable .npy float64 array: ${what}`);
    this.name = "NpyError";
  }
}

export function parseNpy(buf: Uint8Array, file = "<buffer>"): NpyArray {
  const magic = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
  if (buf.length < 10 || magic.some((b, i) => buf[i] !== b)) throw new NpyError(file, "missing the \\x93NUMPY magic");
  const major = buf[6]!;
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  if (start + headerLen > buf.length) throw new NpyError(file, "truncated header");
  const header = new TextDecoder("latin1").decode(buf.subarray(start, start + headerLen));
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr !== "<f8") throw new NpyError(file, `dtype ${descr ?? "?"} (only little-endian float64 '<f8' is supported)`);
  if (fortran !== "False") throw new NpyError(file, "Fortran order is not supported");
  if (shapeText === undefined) throw new NpyError(file, "no shape in header");
  const shape = shapeText.split(",").map((s) => s.trim()).filter((s) => s.length > 0).map(Number);
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) throw new NpyError(file, `bad shape (${shapeText})`);
  const count = shape.reduce((a, b) => a * b, 1);
  const offset = start + headerLen;
  if (buf.length - offset < count * 8) throw new NpyError(file, `expected ${count} values, file holds ${Math.floor((buf.length - offset) / 8)}`);
  const data = new Float64Array(count);
  for (let i = 0; i < count; i++) data[i] = view.getFloat64(offset + 8 * i, true);
  return { shape, data };
}

export function readNpy(file: string): NpyArray {
  return parseNpy(readFileSync(file), file);
}
