/**
 * The pane's colours follow Office: Office.context.officeTheme when the host gives it (Excel's body and control
 * colours, https://learn.microsoft.com/javascript/api/office/office.officetheme), the system's light or dark
 * preference otherwise. The dark palette is one stylesheet, taskpane-dark.css, whose media is the system's
 * preference (taskpane.html) until Office's theme sets it; the theme is also set on <html data-theme>.
 */

/** The colours of Office.context.officeTheme that the pane uses. */
export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

const HEX = /^#?([0-9a-f]{6})$/i;

/** The <link> of taskpane-dark.css in taskpane.html. */
const DARK_PALETTE_ID = "dark-theme";

/** Relative luminance of a "#rrggbb" colour (WCAG 2.x), or null for anything else. */
export const luminance = (colour: string): number | null => {
  const match = HEX.exec(colour.trim());
  if (!match) return null;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(match[1].slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const asHex = (colour: string | undefined): string | null => {
  const match = typeof colour === "string" ? HEX.exec(colour.trim()) : null;
  return match ? `#${match[1]}` : null;
};

/** Office's theme where the host gives one (Excel on Windows, Mac and the web), else null. */
export const officeTheme = (): OfficeThemeColours | null => {
  try {
    const office = (globalThis as { Office?: { context?: { officeTheme?: OfficeThemeColours } } }).Office;
    const theme = office?.context?.officeTheme;
    return theme && typeof theme === "object" ? theme : null;
  } catch {
    return null;
  }
};

/**
 * Applies Office's theme: data-theme "dark" or "light" from the body background, the dark palette on or off
 * to match, and Office's body colours as the pane's first neutral tokens. Without an Office theme nothing is set, and the CSS follows the system.
 * Returns the theme applied, or null.
 */
export const applyOfficeTheme = (root: HTMLElement, theme: OfficeThemeColours | null = officeTheme()): "dark" | "light" | null => {
  const background = asHex(theme?.bodyBackgroundColor);
  const level = background === null ? null : luminance(background);
  if (theme === null || background === null || level === null) return null;
  const mode = level < 0.5 ? "dark" : "light";
  root.dataset.theme = mode;
  const darkPalette = root.ownerDocument.getElementById(DARK_PALETTE_ID);
  if (darkPalette instanceof HTMLLinkElement) darkPalette.media = mode === "dark" ? "all" : "not all";
  const set = (token: string, colour: string | undefined): void => {
    const hex = asHex(colour);
    if (hex !== null) root.style.setProperty(token, hex);
  };
  set("--colorNeutralBackground1", background);
  set("--colorNeutralForeground1", theme.bodyForegroundColor);
  return mode;
};
