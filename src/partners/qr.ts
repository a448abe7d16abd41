import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import QRCode from 'qrcode';

/** Poster-ready: survives a crease or a sticker (Q), a quiet zone of 4 modules, 1024 px wide. */
export const QR_OPTIONS = { errorCorrectionLevel: 'Q', margin: 4, width: 1024 } as const;

/** Writes `<outDir>/<name>.png` and `.svg` encoding `text`; returns both paths. */
export async function writeQrCodes(
  text: string,
  outDir: string,
  name: string,
): Promise<{ png: string; svg: string }> {
  await mkdir(outDir, { recursive: true });
  const png = join(outDir, `${name}.png`);
  const svg = join(outDir, `${name}.svg`);
  await QRCode.toFile(png, text, { ...QR_OPTIONS, type: 'png' });
  await writeFile(svg, await QRCode.toString(text, { ...QR_OPTIONS, type: 'svg' }));
  return { png, svg };
}
