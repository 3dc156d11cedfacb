import { createRequire } from 'node:module';

/**
 * Fonts come from npm, never from the system, so a fresh machine or container renders the same
 * picture. Noto Sans (Latin, Greek, Cyrillic) comes first: with the Chinese font first, Greek
 * accents render detached from their letters. Noto Sans TC draws Han characters in their
 * Traditional forms for the pictures that ask for it by family (a zh-Hant map); Noto Sans SC
 * draws them otherwise. Only regular and bold are drawn.
 */
const SHIPPED_FONTS = [
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
];
/** Twice the SVG's size: sharp on high-density screens and when Slack's viewer zooms in. */
const SCALE = 2;

let fontFiles: string[] | undefined;

/** Resolved once; resvg-js 2.6 takes font files by path (its native build has no font buffers). */
function shippedFontFiles(): string[] {
  if (!fontFiles) {
    const require = createRequire(import.meta.url);
    fontFiles = SHIPPED_FONTS.map((font) => require.resolve(font));
  }
  return fontFiles;
}

/**
 * Renders on libuv's thread pool (200-400 ms for a map), so requests keep being acked meanwhile. resvg's native
 * library is loaded by the first picture, not at start-up: most processes never draw one.
 */
export async function renderPng(svg: string): Promise<Buffer> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: shippedFontFiles(),
      defaultFontFamily: 'Noto Sans',
      sansSerifFamily: 'Noto Sans',
    },
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#ffffff',
  });
  return image.asPng();
}
