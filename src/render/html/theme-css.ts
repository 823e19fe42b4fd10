import { theme } from '../../theme/theme.ts';

/** The shared theme as CSS custom properties, so templates style with `var(--accent)` and never hard-code colours. */
export function themeCss(): string {
  const colours = Object.entries(theme.colour).map(([name, value]) => `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${value};`);
  const slides = Object.entries(theme.slides).map(([name, value]) => `--slide-${name}: ${value}px;`);
  const print = Object.entries(theme.print)
    .filter(([name]) => name !== 'lineHeight')
    .map(([name, value]) => `--print-${name}: ${value}pt;`);
  const large = Object.entries(theme.largePrint).map(([name, value]) => `--large-${name}: ${value}pt;`);
  return `:root { ${[...colours, ...slides, ...print, ...large, `--print-line-height: ${theme.print.lineHeight};`].join(' ')} }`;
}
