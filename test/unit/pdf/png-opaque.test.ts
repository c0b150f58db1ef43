/**
 * opaquePng: every PNG a user may give as a logo comes out as an opaque,
 * non-interlaced 8-bit RGB PNG with the same picture on white (so pdfkit
 * embeds it synchronously and letters are byte-identical). Checked against
 * an independent reference encoder covering every colour type, bit depth,
 * row filter and Adam7.
 */
import { describe, expect, it } from 'vitest';
import { opaquePng, PngError } from '../../../electron/adapters/pdf/png-opaque';
import { decodeRgb8, emblemLogo, encodePngRaw, type RawPngOptions } from '../../fixtures/pdf/png';

/** Expected RGB on white for 8-bit colour c with 8-bit alpha a. */
const over = (c: number, a: number) => Math.floor((c * a + 255 * (255 - a) + 127) / 255);

function expectPixels(
  png: Uint8Array,
  width: number,
  height: number,
  expected: (x: number, y: number) => [number, number, number],
) {
  const out = decodeRgb8(opaquePng(png));
  expect([out.width, out.height]).toEqual([width, height]);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) expect(out.rgb(x, y), `(${x}, ${y})`).toEqual(expected(x, y));
}

const W = 13;
const H = 11;
const base = (o: Partial<RawPngOptions> & Pick<RawPngOptions, 'colorType' | 'depth' | 'samples'>): RawPngOptions => ({
  width: W,
  height: H,
  ...o,
});

describe('opaquePng', () => {
  it('leaves an opaque 8-bit RGB PNG byte for byte as it is', () => {
    const png = encodePngRaw(base({ colorType: 2, depth: 8, samples: (x, y) => [x * 10, y * 20, 7] }));
    expect(opaquePng(png)).toBe(png);
  });

  for (const interlace of [false, true]) {
    const label = interlace ? ' (Adam7)' : '';
    it(`RGBA 8 bits, all five row filters${label}: composited on white`, () => {
      const rgba = (x: number, y: number) => [
        (x * 19) & 255,
        (y * 23) & 255,
        (x * y * 7) & 255,
        (x * 20 + y * 3) & 255,
      ];
      expectPixels(encodePngRaw(base({ colorType: 6, depth: 8, samples: rgba, interlace })), W, H, (x, y) => {
        const [r, g, b, a] = rgba(x, y) as [number, number, number, number];
        return [over(r, a), over(g, a), over(b, a)];
      });
    });

    it(`RGBA 16 bits${label}`, () => {
      const rgba = (x: number, y: number) => [x * 5000, y * 6000, 65535 - x * 4000, (x + y) * 2700];
      expectPixels(encodePngRaw(base({ colorType: 6, depth: 16, samples: rgba, interlace })), W, H, (x, y) => {
        const [r, g, b, a] = rgba(x, y).map((v) => v >> 8) as [number, number, number, number];
        return [over(r, a), over(g, a), over(b, a)];
      });
    });

    it(`indexed 2 bits with tRNS${label}`, () => {
      const palette = [200, 0, 0, 0, 150, 0, 0, 0, 90, 10, 20, 30];
      const trns = [255, 128, 0]; // index 3 has no entry: opaque
      const index = (x: number, y: number) => (x + 2 * y) % 4;
      expectPixels(
        encodePngRaw(base({ colorType: 3, depth: 2, samples: (x, y) => [index(x, y)], palette, trns, interlace })),
        W,
        H,
        (x, y) => {
          const i = index(x, y);
          const a = trns[i] ?? 255;
          return [over(palette[i * 3]!, a), over(palette[i * 3 + 1]!, a), over(palette[i * 3 + 2]!, a)];
        },
      );
    });

    it(`gray + alpha 8 bits and gray 4 bits with a colour key${label}`, () => {
      const ga = (x: number, y: number) => [x * 19, y * 25];
      expectPixels(encodePngRaw(base({ colorType: 4, depth: 8, samples: ga, interlace })), W, H, (x, y) => {
        const [g, a] = ga(x, y) as [number, number];
        return [over(g, a), over(g, a), over(g, a)];
      });
      const gray = (x: number, y: number) => (x + y) % 16;
      expectPixels(
        encodePngRaw(base({ colorType: 0, depth: 4, samples: (x, y) => [gray(x, y)], trns: [0, 5], interlace })),
        W,
        H,
        (x, y) => {
          const v = gray(x, y) === 5 ? 255 : gray(x, y) * 17;
          return [v, v, v];
        },
      );
    });
  }

  it('RGB with a colour key (tRNS) and 1-bit gray without one', () => {
    const rgb = (x: number, y: number) => [x * 10, y * 10, 50];
    expectPixels(
      encodePngRaw(base({ colorType: 2, depth: 8, samples: rgb, trns: [0, 30, 0, 20, 0, 50] })),
      W,
      H,
      (x, y) => (x === 3 && y === 2 ? [255, 255, 255] : [x * 10, y * 10, 50]),
    );
    expectPixels(
      encodePngRaw(base({ colorType: 0, depth: 1, samples: (x, y) => [(x + y) % 2], interlace: true })),
      W,
      H,
      (x, y) => ((x + y) % 2 ? [255, 255, 255] : [0, 0, 0]),
    );
  });

  it('turns the test logo transparent background white and keeps its colours', () => {
    const out = decodeRgb8(opaquePng(emblemLogo()));
    expect(out.rgb(0, 0)).toEqual([255, 255, 255]);
    expect(out.rgb(50, 6)).toEqual([105, 28, 50]); // the guinda ring
  });

  it('refuses what is not a PNG, or a broken one, with a Spanish message', () => {
    expect(() => opaquePng(new Uint8Array([1, 2, 3]))).toThrow(PngError);
    const png = encodePngRaw(base({ colorType: 6, depth: 8, samples: () => [1, 2, 3, 4] }));
    expect(() => opaquePng(png.subarray(0, 40))).toThrow(/PNG/);
  });
});
