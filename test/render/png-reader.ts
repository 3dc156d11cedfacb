import { crc32, inflateSync } from 'node:zlib';

/** A PNG read the long way round, so a test can tell a real image from bytes that only look like one. */
export interface DecodedPng {
  width: number;
  height: number;
  chunkTypes: string[];
  /** Inflated IDAT bytes: each row is a filter byte and then the row's pixels. */
  inflatedLength: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom, filters undone. */
  pixels: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;
const BYTES_PER_PIXEL = 4;

/** Reads an 8-bit RGBA PNG (what resvg writes): checks every chunk's CRC, inflates IDAT and undoes the row filters. */
export function readPng(png: Buffer): DecodedPng {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG signature');
  const chunkTypes: string[] = [];
  const imageData: Buffer[] = [];
  let header: Buffer | undefined;
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const typeAndData = png.subarray(offset + 4, offset + 8 + length);
    const type = typeAndData.subarray(0, 4).toString('latin1');
    const data = typeAndData.subarray(4);
    if (crc32(typeAndData) !== png.readUInt32BE(offset + 8 + length)) throw new Error(`bad CRC in ${type}`);
    chunkTypes.push(type);
    if (type === 'IHDR') header = data;
    if (type === 'IDAT') imageData.push(data);
    offset += 12 + length;
  }
  if (!header || chunkTypes[0] !== 'IHDR' || chunkTypes.at(-1) !== 'IEND') throw new Error('chunks out of order');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  if (header[8] !== 8 || header[9] !== RGBA || header[12] !== 0) throw new Error('expected 8-bit RGBA, not interlaced');
  const inflated = inflateSync(Buffer.concat(imageData));
  const stride = width * BYTES_PER_PIXEL;
  if (inflated.length !== height * (1 + stride)) throw new Error(`IDAT holds ${inflated.length} bytes`);
  return { width, height, chunkTypes, inflatedLength: inflated.length, pixels: unfilter(inflated, width, height) };
}

function unfilter(inflated: Buffer, width: number, height: number): Buffer {
  const stride = width * BYTES_PER_PIXEL;
  const pixels = Buffer.alloc(height * stride);
  for (let row = 0; row < height; row++) {
    const filter = inflated[row * (1 + stride)] ?? -1;
    if (filter < 0 || filter > 4) throw new Error(`unknown filter ${filter} in row ${row}`);
    const source = row * (1 + stride) + 1;
    const target = row * stride;
    for (let i = 0; i < stride; i++) {
      const left = i >= BYTES_PER_PIXEL ? (pixels[target + i - BYTES_PER_PIXEL] ?? 0) : 0;
      const up = row > 0 ? (pixels[target + i - stride] ?? 0) : 0;
      const upLeft = row > 0 && i >= BYTES_PER_PIXEL ? (pixels[target + i - stride - BYTES_PER_PIXEL] ?? 0) : 0;
      pixels[target + i] = ((inflated[source + i] ?? 0) + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return pixels;
}

/** The five PNG row filters: none, sub, up, average, Paeth. */
function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4:
      return paeth(left, up, upLeft);
    default:
      return 0;
  }
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/** Pixels clearly darker than the white page: ink. */
export function inkPixels({ pixels }: DecodedPng): number {
  let ink = 0;
  for (let i = 0; i < pixels.length; i += BYTES_PER_PIXEL) {
    if ((pixels[i] ?? 255) + (pixels[i + 1] ?? 255) + (pixels[i + 2] ?? 255) < 3 * 128) ink++;
  }
  return ink;
}
